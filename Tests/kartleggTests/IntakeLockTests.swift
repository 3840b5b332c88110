import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// One session per intake: a second `intake --resume` of an open intake exits 75 and says where
/// it is open; a lock left by a killed process is taken over.
@Suite(.serialized) struct IntakeLockTests {
  private func startedIntake(_ database: TemporaryDatabase) throws -> String {
    let run = try database.run(
      ["intake"], input: IntakeScript.piped(IntakeScript.registration + ["1"]))
    return try #require(IntakeScript.participant(in: run.output))
  }

  @Test func aSecondSessionOfAnOpenIntakeExits75() throws {
    let database = try TemporaryDatabase()
    let id = try startedIntake(database)
    let first = try TmuxSession(["intake", "--resume", id], environment: database.environment)
    try first.waitForPrompt()
    let second = try database.run(["intake", "--resume", id])
    #expect(second.status == 75)
    #expect(second.errors.contains("kartleggingen er åpen i en annen økt"))
    #expect(second.errors.contains("prosess \(try first.pid())"))
    try first.answer("q")
    try first.waitFor("Fortsett med")
    let third = try database.run(["intake", "--resume", id], input: "q\n")
    #expect(third.status == 0, "\(third.errors)")
  }

  @Test func aLockLeftByAKilledSessionIsTakenOver() throws {
    let database = try TemporaryDatabase()
    let id = try startedIntake(database)
    let first = try TmuxSession(["intake", "--resume", id], environment: database.environment)
    try first.waitForPrompt()
    kill(try first.pid(), SIGKILL)
    Thread.sleep(forTimeInterval: 0.3)
    let again = try database.run(["intake", "--resume", id], input: "q\n")
    #expect(again.status == 0, "\(again.errors)")
    #expect(again.output.contains("Fortsett med"))
  }
}
