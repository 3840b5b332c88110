import KartleggApp
import KartleggCore
import KartleggStore
import Testing

struct AppErrorTests {
  @Test(arguments: [
    (StorageError.busy, KartleggApp.ExitStatus.temporaryFailure),
    (StorageError.unreadable(path: "/x", reason: "no"), KartleggApp.ExitStatus.noInput),
    (StorageError.corrupt("survey"), KartleggApp.ExitStatus.internalError),
    (
      StorageError.permissionDenied(role: "kartlegg_leader", reason: "permission denied"),
      KartleggApp.ExitStatus.permissionDenied
    ),
    (
      StorageError.invalidLocation("postgresql://x", reason: "no user"),
      KartleggApp.ExitStatus.usage
    ),
    (
      StorageError.newerSchema(location: "/x", unknown: ["9-x"]),
      KartleggApp.ExitStatus.internalError
    ),
    (StorageError.erasureIncomplete, KartleggApp.ExitStatus.temporaryFailure),
    (
      StorageError.unsafeFile(UnsafeDatabaseFile(.fileOpenToOthers(mode: 0o644), path: "/x")),
      KartleggApp.ExitStatus.permissionDenied
    ),
  ])
  func storageErrorsGetTheDocumentedExitCode(error: StorageError, status: KartleggApp.ExitStatus) {
    #expect(AppError.from(error).status == status)
  }

  @Test func aRefusedGroupChangeIsBadDataWithTheReasonInWords() {
    let error = AppError.from(
      GroupPlanRefusal(.belowMinimum(group: "G1", size: 5, minimum: 6)))
    #expect(error.status == .dataError)
    #expect(
      error.problems.map(\.message) == [.interface("groups.error.below-minimum", ["G1", "5", "6"])])
  }

  @Test func aMissingInputFileIs66AndNamesTheFile() throws {
    let fixture = try AppFixture()
    #expect {
      _ = try AssessAnswers(context: fixture.context).run("/no/such/answers.json", survey: nil)
    } throws: { error in
      guard let error = error as? AppError else { return false }
      return error.status == .noInput && error.problems.first?.place == "/no/such/answers.json"
        && error.problems.first?.message == .interface("file.error.missing", [])
    }
  }

  @Test func surveyCheckReportsEveryFileAndExits66WhenOneIsMissing() throws {
    let fixture = try AppFixture()
    let standard = fixture.context.resources.standardSurveyPath
    #expect {
      try CheckSurveys(context: fixture.context).run(["/no/such.xml", standard])
    } throws: { error in
      (error as? AppError)?.status == .noInput && (error as? AppError)?.problems.count == 1
    }
    try CheckSurveys(context: fixture.context).run([standard])
  }
}
