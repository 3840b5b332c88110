import KartleggCore
import Testing

/// The standard survey's channel rules: the first that holds gives the primary channel, the next
/// that holds with another channel the fallback.
@Suite struct ChannelRuleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var changes: [QuestionID: Answer?]
    var primary: RuleID?
    var fallback: RuleID?
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    // wish-whatsapp first; whatsapp-daily and whatsapp-user hold too but repeat WhatsApp.
    Case(
      name: "fallback skips the primary's channel", changes: [:], primary: "wish-whatsapp",
      fallback: "teams-skilled"),
    Case(
      name: "a wish that can be met comes first", changes: ["contact.preferred": .choice("sms")],
      primary: "wish-sms", fallback: "whatsapp-daily"),
    Case(
      name: "e-mail wished but not used",
      changes: [
        "contact.preferred": .choice("email"), "apps.used": .choices(["whatsapp", "teams"]),
      ], primary: "whatsapp-daily", fallback: "teams-skilled"),
    Case(
      name: "Teams wished, joins only with help",
      changes: [
        "contact.preferred": .choice("teams"), "skill.teams_meeting": .choice("with-help"),
      ], primary: "whatsapp-daily", fallback: "email-user"),
    Case(
      name: "Teams wished, no internet at home",
      changes: [
        "contact.preferred": .choice("teams"), "device.internet_home": .choice("none"),
      ], primary: "whatsapp-daily", fallback: "email-user"),
    Case(
      name: "WhatsApp weekly, no wish met",
      changes: [
        "contact.preferred": .choice("in-person"), "habits.whatsapp_frequency": .choice("weekly"),
        "device.pc": .choice("none"), "apps.used": .choices(["whatsapp"]),
      ], primary: "wish-in-person", fallback: "whatsapp-user"),
    Case(
      name: "ordinary mobile only",
      changes: [
        "contact.preferred": .choice("whatsapp"), "device.smartphone": .choice("none"),
        "device.basic_phone": .choice("own"), "device.pc": .choice("none"),
      ], primary: "sms-no-smartphone", fallback: "phone-no-smartphone"),
    Case(
      name: "nothing but the office: no fallback",
      changes: [
        "contact.preferred": .choice("in-person"), "device.smartphone": .choice("none"),
        "device.basic_phone": .choice("none"), "device.pc": .choice("none"),
      ], primary: "wish-in-person", fallback: nil),
    Case(
      name: "no consent: only the default", changes: ["consent.informed": .choice("no")],
      primary: "in-person-default", fallback: nil),
  ]

  @Test(arguments: cases)
  func primaryIsFirstRuleAndFallbackNextOtherChannel(channel: Case) throws {
    let survey = try Repository.standardSurvey()
    let recommendation = Assessor(survey: survey).assess(
      StandardAnswers.changed(channel.changes, in: survey)
    ).channel
    #expect(recommendation.primary?.rule == channel.primary)
    #expect(recommendation.fallback?.rule == channel.fallback)
    let rules = Dictionary(uniqueKeysWithValues: survey.channels.rules.map { ($0.id, $0.channel) })
    #expect(recommendation.primary?.channel == channel.primary.flatMap { rules[$0] })
    #expect(recommendation.fallback?.channel == channel.fallback.flatMap { rules[$0] })
    if let fallback = recommendation.fallback {
      #expect(fallback.channel != recommendation.primary?.channel)
    }
  }

  @Test func reachableListsEachChannelOnceInRuleOrder() throws {
    let survey = try Repository.standardSurvey()
    let recommendation = Assessor(survey: survey).assess(StandardAnswers.baseline).channel
    #expect(
      recommendation.reachable == ["whatsapp", "teams", "email", "sms", "phone", "in-person"])
  }
}
