import KartleggCore
import Testing

/// Each flag of the standard survey, raised by changing the flag-free baseline intake.
@Suite struct FlagRuleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var changes: [QuestionID: Answer?]
    var flags: [FlagID]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "baseline", changes: [:], flags: []),
    Case(
      name: "not informed", changes: ["consent.informed": .choice("no")], flags: ["not-informed"]),
    Case(
      name: "ordinary mobile only",
      changes: ["device.smartphone": .choice("none"), "device.basic_phone": .choice("own")],
      flags: ["no-smartphone"]),
    Case(
      name: "no mobile at all",
      changes: ["device.smartphone": .choice("none"), "device.basic_phone": .choice("none")],
      flags: ["no-smartphone", "no-phone"]),
    Case(
      name: "shared ordinary mobile",
      changes: ["device.smartphone": .choice("none"), "device.basic_phone": .choice("shared")],
      flags: ["no-smartphone", "shared-phone"]),
    Case(
      name: "shared smartphone", changes: ["device.smartphone": .choice("shared")],
      flags: ["shared-phone"]),
    Case(
      name: "no PC, no tablet", changes: ["device.pc": .choice("none")], flags: ["no-pc-or-tablet"]),
    Case(
      name: "tablet but no PC",
      changes: ["device.pc": .choice("none"), "device.tablet": .choice("shared")], flags: []),
    Case(
      name: "no internet at home", changes: ["device.internet_home": .choice("none")],
      flags: ["no-home-internet"]),
    Case(
      name: "mobile data only", changes: ["device.internet_home": .choice("mobile-only")],
      flags: ["mobile-data-only"]),
    Case(
      name: "no mobile data", changes: ["device.data_limit": .choice("none")],
      flags: ["data-runs-out"]),
    Case(
      name: "data runs out", changes: ["device.data_limit": .choice("runs-out")],
      flags: ["data-runs-out"]),
    Case(name: "enough data", changes: ["device.data_limit": .choice("enough")], flags: []),
    Case(name: "no BankID", changes: ["services.bankid": .choice("no")], flags: ["no-bankid"]),
    Case(
      name: "unsure of BankID", changes: ["services.bankid": .choice("unsure")],
      flags: ["no-bankid"]),
    Case(
      name: "care without Digipost",
      changes: ["background.industry": .choice("care"), "services.digipost": .choice("no")],
      flags: ["needs-digipost"]),
    Case(
      name: "kindergarten, unsure of Digipost",
      changes: [
        "background.industry": .choice("kindergarten"), "services.digipost": .choice("unsure"),
      ],
      flags: ["needs-digipost"]),
    Case(
      name: "logistics without Digipost", changes: ["services.digipost": .choice("no")], flags: []),
    Case(
      name: "WhatsApp, no e-mail", changes: ["apps.used": .choices(["whatsapp"])],
      flags: ["no-email"]),
    Case(name: "no apps", changes: ["apps.used": .choices(["none"])], flags: ["no-email"]),
    Case(
      name: "no device at all: apps never asked",
      changes: [
        "device.smartphone": .choice("none"), "device.basic_phone": .choice("own"),
        "device.pc": .choice("none"),
      ],
      flags: ["no-smartphone", "no-pc-or-tablet", "no-email"]),
    Case(
      name: "wants an interpreter", changes: ["interpreter.needed": .choice("yes")],
      flags: ["needs-interpreter"]),
    Case(
      name: "Norwegian A0", changes: ["background.norwegian": .choice("a0")],
      flags: ["needs-interpreter", "low-norwegian"]),
    Case(
      name: "Norwegian A1", changes: ["background.norwegian": .choice("a1")],
      flags: ["needs-interpreter", "low-norwegian"]),
    Case(name: "Norwegian A2", changes: ["background.norwegian": .choice("a2")], flags: []),
    Case(
      name: "does not read", changes: ["background.literacy": .choice("no")],
      flags: ["low-literacy"]),
    Case(name: "reads some", changes: ["background.literacy": .choice("some")], flags: []),
    Case(
      name: "cannot spot a scam", changes: ["skill.scam": .choice("cannot")], flags: ["scam-risk"]),
    Case(name: "spots a scam with help", changes: ["skill.scam": .choice("with-help")], flags: []),
  ]

  @Test(arguments: cases)
  func raisesExactlyTheFlagsWhoseConditionsHold(flag: Case) throws {
    let survey = try Repository.standardSurvey()
    let answers = StandardAnswers.changed(flag.changes, in: survey)
    #expect(Assessor(survey: survey).assess(answers).flags == flag.flags)
  }

  @Test func everyFlagOfTheStandardSurveyIsTested() throws {
    let survey = try Repository.standardSurvey()
    #expect(Set(survey.flags.map(\.id)) == Set(Self.cases.flatMap(\.flags)))
  }

  @Test func flagsAreListedInTheSurveysOrder() throws {
    let survey = try Repository.standardSurvey()
    let answers = try Repository.profileAnswers("no-phone-at-all", survey: survey)
    let flags = Assessor(survey: survey).assess(answers).flags
    #expect(flags.count == 10)
    #expect(flags == survey.flags.map(\.id).filter(flags.contains))
  }

  @Test func unansweredQuestionRaisesNoFlag() throws {
    let survey = try Repository.standardSurvey()
    // Without services.bankid, `services.bankid != 'yes'` is unknown, not true.
    let answers = StandardAnswers.changed(["services.bankid": nil], in: survey)
    #expect(!Assessor(survey: survey).assess(answers).flags.contains("no-bankid"))
  }
}
