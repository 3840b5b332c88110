import Foundation
import KartleggCore
import Testing

@testable import KartleggStore

@Suite struct CohortResultsTests {
  static let result = AssessedResult(
    values: [.overallLevel: "beginner", .channel: "sms", .dimensionLevel("safety"): "some"],
    flags: ["no-bankid"], isProvisional: false, completeness: 0.75)

  static func override(_ part: ResultPart, _ chosen: String, at second: Double) -> Override {
    Override(
      part: part, assessed: "beginner", chosen: chosen, reason: "seen", adviser: "a",
      madeAt: Date(timeIntervalSince1970: second))
  }

  /// A cohort with every case: assessed, overridden, accepted, started, registered only, and a
  /// participant whose latest intake has no result though an earlier one has.
  @Test(arguments: StoreBackend.all) func readsTheCohortAsPersonByPersonReadsDo(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    let store = temporary.store
    var expected: [ParticipantID] = []
    for index in 0..<3 {
      let (participant, intake) = try temporary.participantWithIntake(
        name: "P\(index)", cohort: "Vår")
      try store.recordAll(
        [QuestionID("device.phone"): .choice("own"), QuestionID("index"): .number(Double(index))],
        in: intake, actor: "v")
      try store.saveResult(Self.result, of: intake, actor: "v")
      expected.append(participant)
    }
    let first = try store.participants(cohort: "Vår", includeNames: false)[0].id
    let firstIntake = try #require(try store.latestIntake(of: first)).id
    try store.addOverride(Self.override(.overallLevel, "some", at: 1), to: firstIntake, actor: "v")
    try store.addOverride(
      Self.override(.overallLevel, "experienced", at: 2), to: firstIntake, actor: "v")
    try store.accept(firstIntake, actor: "v")
    let (started, _) = try temporary.participantWithIntake(name: "Started", cohort: "Vår")
    let waiting = try store.register(
      Registration(name: "Waiting", contact: nil, cohort: "Vår", programme: nil), actor: "v")
    let (again, old) = try temporary.participantWithIntake(name: "Again", cohort: "Vår")
    try store.saveResult(Self.result, of: old, actor: "v")
    _ = try store.startIntake(for: again, surveyHash: "abc123", language: "nb", actor: "v")
    let (other, otherIntake) = try temporary.participantWithIntake(name: "Else", cohort: "Høst")
    try store.saveResult(Self.result, of: otherIntake, actor: "v")

    let results = try store.cohortResults("Vår") { _ in nil }
    #expect(results.assessed.map(\.participant) == expected)
    #expect(results.notAssessed == [started, waiting, again])
    #expect(!results.assessed.map(\.participant).contains(other))
    for assessed in results.assessed {
      #expect(assessed.intake == (try store.latestIntake(of: assessed.participant))?.id)
      #expect(assessed.surveyHash == (try store.latestIntake(of: assessed.participant))?.surveyHash)
      #expect(assessed.answers == (try store.answers(of: assessed.intake)).answers)
      #expect(assessed.result == (try store.result(of: assessed.intake)))
    }
    let overridden = try #require(results.assessed.first)
    #expect(overridden.result.overrides.map(\.chosen) == ["some", "experienced"])
    #expect(overridden.result.value(of: .overallLevel) == "experienced")
    #expect(overridden.result.acceptedBy == "v")
    #expect(overridden.answers[QuestionID("device.phone")] == .choice("own"))
    #expect(results.assessed[2].answers[QuestionID("index")] == .number(2))
    #expect(results.assessed[1].result.assessed.flags == ["no-bankid"])
    #expect(results.assessed[1].result.assessed.completeness == 0.75)
  }

  @Test(arguments: StoreBackend.all) func readsOnlyTheAnswersAskedFor(backend: StoreBackend) throws
  {
    let temporary = try BackendStore(backend)
    let store = temporary.store
    let (_, intake) = try temporary.participantWithIntake(name: "P", cohort: "Vår")
    try store.recordAll(
      [QuestionID("device.phone"): .choice("own"), QuestionID("goal"): .choice("work")],
      in: intake, actor: "v")
    try store.saveResult(Self.result, of: intake, actor: "v")
    var asked: [String] = []
    let some = try store.cohortResults("Vår") { stored in
      asked.append(stored.hash)
      return [QuestionID("goal")]
    }
    #expect(asked == ["abc123"])
    #expect(some.assessed.first?.answers == [QuestionID("goal"): .choice("work")])
    let none = try store.cohortResults("Vår") { _ in [] }
    #expect(none.assessed.first?.answers == [:])
    #expect(none.assessed.first?.result.value(of: .overallLevel) == "beginner")
  }

  @Test(arguments: StoreBackend.all) func unknownCohortReadsEmpty(backend: StoreBackend) throws {
    let temporary = try BackendStore(backend)
    _ = try temporary.participantWithIntake(name: "P", cohort: "Vår")
    #expect(try temporary.store.cohortResults("Nobody") { _ in nil } == CohortResults())
  }

  @Test(arguments: StoreBackend.all) func storesABatchAsOneByOne(backend: StoreBackend) throws {
    let temporary = try BackendStore(backend)
    let store = temporary.store
    let hash = String(repeating: "a", count: 64)
    try store.keep(StoredSurvey(hash: hash, id: "s", version: "1", source: Array("<s/>".utf8)))
    let answers: AnswerSet = [QuestionID("device.phone"): .choice("own")]
    let batch = [
      BatchIntake(
        registration: Registration(name: "A", contact: nil, cohort: "Demo", programme: nil),
        surveyHash: hash, language: "nb", answers: answers, result: Self.result, accept: true),
      BatchIntake(
        registration: Registration(name: "B", contact: nil, cohort: "Demo", programme: nil),
        surveyHash: hash, language: "ti", answers: answers, result: Self.result, accept: false),
      BatchIntake(
        registration: Registration(name: "C", contact: nil, cohort: "Demo", programme: nil),
        surveyHash: hash, language: "ar", answers: answers, result: nil, accept: false),
    ]
    let stored = try store.storeBatch(batch, actor: "demo")
    #expect(stored.count == 3)
    #expect(try store.participants(cohort: "Demo", includeNames: false).map(\.id) == stored)
    let statuses = try stored.map { try store.latestIntake(of: $0)?.status }
    #expect(statuses == [.complete, .answered, .inProgress])
    #expect(try store.latestIntake(of: stored[1])?.language == "ti")
    let results = try store.cohortResults("Demo") { _ in nil }
    #expect(results.assessed.map(\.participant) == Array(stored.prefix(2)))
    #expect(results.notAssessed == [stored[2]])
    #expect(results.assessed.allSatisfy { $0.answers == answers })
    let actions = try store.auditLog().filter { $0.actor == "demo" }.map(\.action)
    #expect(actions.filter { $0 == "participant.register" }.count == 3)
    #expect(actions.filter { $0 == "answer.import" }.count == 3)
    #expect(actions.filter { $0 == "result.assess" }.count == 2)
    #expect(actions.filter { $0 == "result.accept" }.count == 1)
  }

  /// An intake the survey stopped (not informed about storage) keeps its answers, takes the
  /// stop's status and gets no result, even when the batch item carries one.
  @Test(arguments: StoreBackend.all) func storesAStoppedIntakeWithItsStatus(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    let store = temporary.store
    let hash = String(repeating: "b", count: 64)
    try store.keep(StoredSurvey(hash: hash, id: "s", version: "1", source: Array("<s/>".utf8)))
    let answers: AnswerSet = [QuestionID("consent.informed"): .choice("no")]
    let stored = try store.storeBatch(
      [
        BatchIntake(
          registration: Registration(name: "A", contact: nil, cohort: "Demo", programme: nil),
          surveyHash: hash, language: "nb", answers: answers, result: Self.result, accept: true,
          stopStatus: .notInformed),
        BatchIntake(
          registration: Registration(name: "B", contact: nil, cohort: "Demo", programme: nil),
          surveyHash: hash, language: "nb", answers: answers, result: Self.result, accept: true),
      ], actor: "demo")
    #expect(try stored.map { try store.latestIntake(of: $0)?.status } == [.notInformed, .complete])
    let results = try store.cohortResults("Demo") { _ in nil }
    #expect(results.assessed.map(\.participant) == [stored[1]])
    #expect(results.notAssessed == [stored[0]])
    let actions = try store.auditLog().filter { $0.actor == "demo" }.map(\.action)
    #expect(actions.filter { $0 == "intake.status" }.count == 1)
    #expect(actions.filter { $0 == "result.assess" }.count == 1)
  }

  /// With the questions named, only their answers are read, each filed under its intake.
  @Test(arguments: StoreBackend.all) func readsOnlyTheNamedQuestions(backend: StoreBackend) throws {
    let temporary = try BackendStore(backend)
    let store = temporary.store
    var intakes: [IntakeID] = []
    for index in 0..<3 {
      let (_, intake) = try temporary.participantWithIntake(name: "P\(index)", cohort: "Vår")
      try store.recordAll(
        [
          QuestionID("a"): .choice(OptionValue("x\(index)")),
          QuestionID("b"): .number(Double(index)),
          QuestionID("c"): .choice("z"),
        ], in: intake, actor: "v")
      try store.saveResult(Self.result, of: intake, actor: "v")
      intakes.append(intake)
    }
    let results = try store.cohortResults("Vår") { _ in [QuestionID("c"), QuestionID("a")] }
    #expect(results.assessed.map(\.intake) == intakes)
    #expect(
      results.assessed.map(\.answers)
        == (0..<3).map { index in
          [QuestionID("a"): .choice(OptionValue("x\(index)")), QuestionID("c"): .choice("z")]
        })
    #expect(results.assessed.allSatisfy { $0.result.assessed.values == Self.result.values })
  }
}
