import Foundation
import KartleggCore
import Testing

@testable import KartleggStore

@Suite struct EraseTests {
  private func bytes(of path: String) throws -> Data {
    var all = try Data(contentsOf: URL(fileURLWithPath: path))
    for suffix in ["-wal", "-shm"] {
      if let extra = FileManager.default.contents(atPath: path + suffix) { all.append(extra) }
    }
    return all
  }

  @Test func nothingOfTheErasedPersonRemainsInTheFiles() throws {
    let temporary = try TemporaryStore()
    let (kept, _) = try temporary.participantWithIntake(name: "Keep Kristiansen")
    let (erased, intake) = try temporary.participantWithIntake(name: "Zebulon Quarternary")
    try temporary.store.record(
      .text("Xylophone-Answer-Marker"), for: "free", in: intake, removing: [], actor: "v")
    try temporary.store.saveResult(
      AssessedResult(
        values: [.overallLevel: "some"], flags: [], isProvisional: false,
        completeness: 1), of: intake, actor: "v")
    try temporary.store.addOverride(
      Override(
        part: .channel, assessed: nil, chosen: "sms", reason: "Override-Reason-Marker",
        adviser: "v", madeAt: Date()), to: intake, actor: "v")
    try temporary.store.accept(intake, actor: "v")
    let before = try bytes(of: temporary.path)
    #expect(before.range(of: Data("Zebulon Quarternary".utf8)) != nil)

    #expect(try temporary.store.erase(erased, actor: "v"))

    let after = try bytes(of: temporary.path)
    for marker in ["Zebulon Quarternary", "Xylophone-Answer-Marker", "Override-Reason-Marker"] {
      #expect(after.range(of: Data(marker.utf8)) == nil, "\(marker) survived")
    }
    #expect(after.range(of: Data("Keep Kristiansen".utf8)) != nil)
    #expect(try temporary.store.participants(cohort: nil, includeNames: false).map(\.id) == [kept])
    #expect(try temporary.store.export(erased, actor: "v") == nil)
    let last = try #require(
      try temporary.store.auditLog().last { $0.action == "participant.erase" })
    #expect(last.participant == erased)
    #expect(last.detail == nil)
  }

  @Test(arguments: StoreBackend.all) func erasingAnUnknownParticipantSaysSo(backend: StoreBackend)
    throws
  {
    let temporary = try BackendStore(backend)
    #expect(try temporary.store.erase("AAAA-AAAA", actor: "v") == false)
  }

  @Test(arguments: StoreBackend.all) func theExportHoldsIdentityAnswersResultsAndAudit(
    backend: StoreBackend
  ) throws {
    let temporary = try BackendStore(backend)
    let (id, intake) = try temporary.participantWithIntake(name: "ሳባ ተስፋይ")
    try temporary.store.record(.language("ti"), for: "lang", in: intake, removing: [], actor: "v")
    let export = try #require(try temporary.store.export(id, actor: "auditor"))
    #expect(export.name == "ሳባ ተስፋይ")
    #expect(export.contact == "+47 400 00 000")
    #expect(export.cohort == "Høst 2026")
    #expect(export.intakes.map(\.answers.answers) == [["lang": .language("ti")]])
    #expect(export.intakes.first?.intake.language == "ti")
    #expect(export.audit.map(\.action).last == "participant.export")
  }

  @Test(arguments: StoreBackend.all)
  func erasureRemovesEveryRowOfThePersonAndKeepsOthers(backend: StoreBackend) throws {
    let temporary = try BackendStore(backend)
    let store = temporary.store
    let (kept, keptIntake) = try temporary.participantWithIntake(name: "Keep Kristiansen")
    let (erased, intake) = try temporary.participantWithIntake(name: "Zebulon Quarternary")
    for id in [keptIntake, intake] {
      try store.record(.text("Marker"), for: "free", in: id, removing: [], actor: "v")
      try store.saveResult(
        AssessedResult(
          values: [.overallLevel: "some"], flags: [], isProvisional: false, completeness: 1),
        of: id, actor: "v")
      try store.addOverride(
        Override(
          part: .channel, assessed: nil, chosen: "sms", reason: "r", adviser: "v",
          madeAt: Date(timeIntervalSince1970: 0)), to: id, actor: "v")
    }
    #expect(try store.erase(erased, actor: "v"))
    #expect(try store.erase(erased, actor: "v") == false)
    #expect(try store.intake(intake) == nil)
    #expect(try store.result(of: intake) == nil)
    #expect(try store.answers(of: intake) == StoredAnswers())
    #expect(
      try store.participants(cohort: nil, includeNames: true).map(\.name) == ["Keep Kristiansen"])
    #expect(try store.result(of: keptIntake)?.overrides.count == 1)
    #expect(try store.answers(of: keptIntake).answers == ["free": .text("Marker")])
    let erasures = try store.auditLog().filter { $0.action == "participant.erase" }
    #expect(erasures.map(\.participant) == [erased])
    #expect(try store.export(kept, actor: "v")?.name == "Keep Kristiansen")
  }
}
