import KartleggCore
import Testing

/// The standard survey's interpreter rules: the first need rule that holds decides; mode rules
/// only when the need is not `not-needed`, the first that holds.
@Suite struct InterpreterRuleTests {
  @Test(
    arguments: [
      ("yes", "a0", InterpreterNeed.needed, "need-says-yes"),
      ("yes", "b2plus", .needed, "need-says-yes"),
      ("no", "a0", .needed, "need-low-norwegian"),
      ("unsure", "a1", .needed, "need-low-norwegian"),
      ("unsure", "a2", .assess, "assess-unsure"),
      ("unsure", "b1", .assess, "assess-unsure"),
      ("no", "a2", .assess, "assess-a2"),
      ("no", "b1", .notNeeded, "not-needed-b1"),
      ("no", "b2plus", .notNeeded, "not-needed-b1"),
      (nil, "b1", .assess, "assess-default"),
    ] as [(OptionValue?, OptionValue, InterpreterNeed, RuleID)])
  func firstNeedRuleThatHoldsDecides(
    needed: OptionValue?, norwegian: OptionValue, need: InterpreterNeed, rule: RuleID
  ) throws {
    let survey = try Repository.standardSurvey()
    let answers = StandardAnswers.changed(
      [
        "interpreter.needed": needed.map { .choice($0) },
        "background.norwegian": .choice(norwegian),
      ],
      in: survey)
    let interpreter = Assessor(survey: survey).assess(answers).interpreter
    #expect(interpreter.need == need)
    #expect(interpreter.needRule == rule)
  }

  @Test func noModeWhenNoInterpreterIsNeeded() throws {
    let survey = try Repository.standardSurvey()
    // Own smartphone, broadband and video calls: mode-screen and mode-phone would both hold.
    let interpreter = Assessor(survey: survey).assess(StandardAnswers.baseline).interpreter
    #expect(interpreter.need == .notNeeded)
    #expect(interpreter.mode == nil)
    #expect(interpreter.modeRule == nil)
    #expect(interpreter.language == nil)

    let unsure = StandardAnswers.changed(["interpreter.needed": .choice("unsure")], in: survey)
    let assessed = Assessor(survey: survey).assess(unsure).interpreter
    #expect(assessed.need == .assess)
    #expect(assessed.mode == .screen)
    #expect(assessed.modeRule == "mode-screen")
  }

  @Test(
    arguments: [
      ("in-person", [:], InterpreterMode.inPerson, "mode-wish-in-person"),
      ("screen", [:], .screen, "mode-wish-screen"),
      ("screen", ["skill.video_call": .choice("with-help")], .phone, "mode-phone"),
      ("phone", [:], .phone, "mode-wish-phone"),
      (
        "phone",
        ["device.smartphone": .choice("none"), "device.basic_phone": .choice("none")],
        .screen, "mode-screen"
      ),
      (
        nil,
        ["device.internet_home": .choice("mobile-only"), "device.data_limit": .choice("runs-out")],
        .phone, "mode-phone"
      ),
      (
        nil,
        ["device.internet_home": .choice("mobile-only"), "device.data_limit": .choice("enough")],
        .screen, "mode-screen"
      ),
      (
        "screen",
        [
          "device.smartphone": .choice("none"), "device.basic_phone": .choice("none"),
          "device.pc": .choice("none"),
        ],
        .inPerson, "mode-in-person"
      ),
    ] as [(OptionValue?, [QuestionID: Answer?], InterpreterMode, RuleID)])
  func firstModeRuleThatHoldsDecides(
    wish: OptionValue?, changes: [QuestionID: Answer?], mode: InterpreterMode, rule: RuleID
  ) throws {
    let survey = try Repository.standardSurvey()
    var all = changes
    all["interpreter.needed"] = .choice("yes")
    all["interpreter.language"] = .language("ti")
    all["interpreter.dialect"] = .text("Eritreisk")
    all["interpreter.mode"] = wish.map { .choice($0) }
    let interpreter = Assessor(survey: survey).assess(StandardAnswers.changed(all, in: survey))
      .interpreter
    #expect(interpreter.need == .needed)
    #expect(interpreter.language == "ti")
    #expect(interpreter.dialect == "Eritreisk")
    #expect(interpreter.mode == mode)
    #expect(interpreter.modeRule == rule)
  }
}
