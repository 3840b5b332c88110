import KartleggCore
import Testing

/// Each gate of the standard survey, on a complete intake where every other skill is
/// 'helps-others': it caps the level when its answer is given, and is gone when the answer is one
/// step better.
@Suite struct GateTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    /// wifi, message, video_call, find_info, online_form, email_attachment, bankid_login, scam,
    /// photo_document, teams_meeting; 0 'cannot' … 3 'helps-others'.
    var skills: [Int]
    /// The dimension, or `nil` for the overall level.
    var dimension: DimensionID?
    var band: LevelID
    var level: LevelID
    var gates: [RuleID]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    // information: find_info + scam of 6.
    Case(
      name: "find_info cannot: 3/6 = 50 % capped", skills: [3, 3, 3, 0, 3, 3, 3, 3, 3, 3],
      dimension: "information", band: .some, level: .beginner, gates: ["info-cannot-search"]),
    Case(
      name: "find_info with-help: 4/6, no gate", skills: [3, 3, 3, 1, 3, 3, 3, 3, 3, 3],
      dimension: "information", band: .some, level: .some, gates: []),
    // communication: message, video_call, email_attachment, photo_document, teams of 15.
    Case(
      name: "message cannot: 12/15 = 80 % capped", skills: [3, 0, 3, 3, 3, 3, 3, 3, 3, 3],
      dimension: "communication", band: .experienced, level: .beginner,
      gates: ["comm-cannot-message"]),
    Case(
      name: "message with-help: 13/15 capped at some", skills: [3, 1, 3, 3, 3, 3, 3, 3, 3, 3],
      dimension: "communication", band: .experienced, level: .some,
      gates: ["comm-message-with-help"]),
    Case(
      name: "message alone: 14/15, no gate", skills: [3, 2, 3, 3, 3, 3, 3, 3, 3, 3],
      dimension: "communication", band: .experienced, level: .experienced, gates: []),
    // content: online_form, email_attachment, photo_document of 9.
    Case(
      name: "photo_document cannot: 6/9 capped", skills: [3, 3, 3, 3, 3, 3, 3, 3, 0, 3],
      dimension: "content", band: .some, level: .beginner,
      gates: ["content-cannot-send-document"]),
    Case(
      name: "photo_document with-help: 7/9, no gate", skills: [3, 3, 3, 3, 3, 3, 3, 3, 1, 3],
      dimension: "content", band: .experienced, level: .experienced, gates: []),
    // safety: bankid_login + scam of 6.
    Case(
      name: "scam cannot: 3/6 capped", skills: [3, 3, 3, 3, 3, 3, 3, 0, 3, 3],
      dimension: "safety", band: .some, level: .beginner, gates: ["safety-cannot-spot-scam"]),
    Case(
      name: "scam with-help: 4/6, gate at some holds", skills: [3, 3, 3, 3, 3, 3, 3, 1, 3, 3],
      dimension: "safety", band: .some, level: .some, gates: ["safety-scam-with-help"]),
    Case(
      name: "scam alone: 5/6, no gate", skills: [3, 3, 3, 3, 3, 3, 3, 2, 3, 3],
      dimension: "safety", band: .experienced, level: .experienced, gates: []),
    // problem-solving: wifi, online_form, teams_meeting of 9.
    Case(
      name: "wifi cannot: 6/9 capped", skills: [0, 3, 3, 3, 3, 3, 3, 3, 3, 3],
      dimension: "problem-solving", band: .some, level: .beginner, gates: ["ps-cannot-wifi"]),
    Case(
      name: "wifi with-help: 7/9, no gate", skills: [1, 3, 3, 3, 3, 3, 3, 3, 3, 3],
      dimension: "problem-solving", band: .experienced, level: .experienced, gates: []),
    // overall: (2·I + 3·C + 2·T + 2·S + P) / 10.
    Case(
      name: "message and video_call cannot: 88 % capped", skills: [3, 0, 0, 3, 3, 3, 3, 3, 3, 3],
      dimension: nil, band: .experienced, level: .beginner,
      gates: ["overall-cannot-communicate"]),
    Case(
      name: "video_call with-help: 90 %, no gate", skills: [3, 0, 1, 3, 3, 3, 3, 3, 3, 3],
      dimension: nil, band: .experienced, level: .experienced, gates: []),
    Case(
      name: "bankid_login and online_form with-help: 86.7 % capped",
      skills: [3, 3, 3, 3, 1, 3, 1, 3, 3, 3], dimension: nil, band: .experienced, level: .some,
      gates: ["overall-no-public-services-alone"]),
    Case(
      name: "bankid_login alone: 90 %, no gate", skills: [3, 3, 3, 3, 1, 3, 2, 3, 3, 3],
      dimension: nil, band: .experienced, level: .experienced, gates: []),
    Case(
      name: "online_form alone: 90 %, no gate", skills: [3, 3, 3, 3, 2, 3, 1, 3, 3, 3],
      dimension: nil, band: .experienced, level: .experienced, gates: []),
  ]

  @Test(arguments: cases)
  func gateCapsOnlyWhenItsAnswerIsGiven(gate: Case) throws {
    let survey = try Repository.standardSurvey()
    let assessment = Assessor(survey: survey).assess(
      StandardAnswers.skilled(gate.skills, in: survey))
    let decision: LevelDecision
    if let dimension = gate.dimension {
      decision = try #require(assessment.score(dimension)).decision
    } else {
      decision = assessment.overall.decision
    }
    #expect(decision.band?.level == gate.band)
    #expect(decision.gates == gate.gates)
    #expect(decision.level == gate.level)
    #expect(!decision.isProvisional)
  }

  @Test func everyGateOfTheStandardSurveyIsTested() throws {
    let survey = try Repository.standardSurvey()
    let gates = survey.dimensions.flatMap(\.gates) + survey.overall.gates
    let tested = Set(Self.cases.flatMap(\.gates))
    #expect(Set(gates.map(\.id)) == tested)
  }
}
