import KartleggCore
import Testing

struct SourceTextTests {
  /// The intake survey cut down to two languages, two levels and two questions, with an
  /// overall gate, a help text and two constraints.
  static func smallSurvey() throws -> Survey {
    var builder = try SurveyBuilder()
    builder.languages = Array(builder.languages.prefix(2))
    builder.levels = Array(builder.levels.prefix(2))
    builder.overall.gates = [
      Gate(
        id: "overall-cap", cap: "some",
        condition: try SurveyBuilder.condition("support = 'cannot'", line: 24),
        reason: "Trenger hjelp først.")
    ]
    var support = SurveyBuilder.singleChoice("support", ["cannot", "alone"], line: 31)
    support.help = "Spør om mobilen."
    support.constraints = [
      Constraint(test: try SurveyBuilder.condition(". != 'x'", line: 34), message: "Velg én."),
      Constraint(test: try SurveyBuilder.condition("true", line: 35), message: "Alltid."),
    ]
    builder.sections = [
      Section(
        id: "background", title: "Bakgrunn",
        questions: [support, SurveyBuilder.text("notes", line: 36)], location: SurveyBuilder.at(30))
    ]
    return builder.survey
  }

  @Test func listsEveryKeyInFileOrder() throws {
    let keys = SourceText.all(in: try Self.smallSurvey()).map(\.key)
    #expect(
      keys == [
        "survey.title",
        "language.nb.name",
        "language.ar.name",
        "level.beginner.label",
        "level.beginner.description",
        "level.some.label",
        "dimension.communication.label",
        "rule.cannot-message.reason",
        "rule.overall-cap.reason",
        "section.background.title",
        "question.support.text",
        "question.support.help",
        "question.support.option.cannot",
        "question.support.option.alone",
        "question.support.constraint.1",
        "question.support.constraint.2",
        "question.notes.text",
        "flag.no-apps.label",
        "channel.whatsapp.label",
        "channel.email.label",
        "rule.whatsapp-user.reason",
        "rule.needs-interpreter.reason",
        "rule.screen-far.reason",
        "policy.by-level.label",
        "participant.result.title",
        "participant.result.level",
        "participant.result.contact",
        "participant.result.interpreter",
        "participant.result.no-interpreter",
        "participant.result.interpreter-ask",
        "participant.result.next",
        "participant.result.provisional",
        "participant.sheet.id",
      ])
  }

  @Test(arguments: [
    ("survey.title", "Digital kartlegging"),
    ("language.ar.name", "arabisk"),
    ("level.beginner.description", "DigComp 1–2"),
    ("rule.overall-cap.reason", "Trenger hjelp først."),
    ("question.support.help", "Spør om mobilen."),
    ("question.support.option.alone", "Svar alone"),
    ("question.support.constraint.2", "Alltid."),
    ("rule.screen-far.reason", "Få tolker i nærheten."),
  ])
  func carriesTheSourceText(key: String, text: String) throws {
    let texts = SourceText.all(in: try Self.smallSurvey())
    #expect(texts.filter { $0.key == key }.map(\.text) == [text])
  }

  @Test func keysAreUniqueInTheFullSurvey() throws {
    let keys = SourceText.all(in: try SurveyBuilder().survey).map(\.key)
    // 33 from the survey, 9 for the participant's result (the survey is in bokmål).
    #expect(keys.count == 33 + ParticipantResultText.sources.count)
    #expect(Set(keys).count == keys.count)
  }
}
