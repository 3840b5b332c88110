import Foundation
import KartleggCore
import KartleggStore
import Testing

struct IntakeLockStorageTests {
  private let first = IntakeLock(
    processID: 100, host: "desk-1", since: Date(timeIntervalSince1970: 1_000))
  private let second = IntakeLock(
    processID: 200, host: "desk-2", since: Date(timeIntervalSince1970: 2_000))

  @Test func aLiveHolderKeepsTheIntake() throws {
    let temporary = try TemporaryStore()
    let (_, intake) = try temporary.participantWithIntake()
    #expect(try temporary.store.lock(intake, as: first, isAlive: { _ in true }) == nil)
    let holder = try temporary.store.lock(intake, as: second, isAlive: { _ in true })
    #expect(holder == first)
  }

  @Test func aDeadHoldersLockIsTakenOver() throws {
    let temporary = try TemporaryStore()
    let (_, intake) = try temporary.participantWithIntake()
    _ = try temporary.store.lock(intake, as: first, isAlive: { _ in true })
    #expect(try temporary.store.lock(intake, as: second, isAlive: { _ in false }) == nil)
    #expect(try temporary.store.lock(intake, as: first, isAlive: { $0 == second }) == second)
  }

  @Test func unlockFreesOnlyTheHoldersOwnLock() throws {
    let temporary = try TemporaryStore()
    let (_, intake) = try temporary.participantWithIntake()
    _ = try temporary.store.lock(intake, as: first, isAlive: { _ in true })
    try temporary.store.unlock(intake, holder: second)
    #expect(try temporary.store.lock(intake, as: second, isAlive: { _ in true }) == first)
    try temporary.store.unlock(intake, holder: first)
    #expect(try temporary.store.lock(intake, as: second, isAlive: { _ in true }) == nil)
  }

  @Test func theSameHolderMayOpenAgain() throws {
    let temporary = try TemporaryStore()
    let (_, intake) = try temporary.participantWithIntake()
    _ = try temporary.store.lock(intake, as: first, isAlive: { _ in true })
    #expect(try temporary.store.lock(intake, as: first, isAlive: { _ in true }) == nil)
  }
}
