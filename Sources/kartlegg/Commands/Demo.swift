import ArgumentParser
import Foundation
import KartleggCore
import KartleggStore

/// `kartlegg demo`: a synthetic cohort end to end, for a first look.
struct Demo: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Create a synthetic cohort, assess and group it, and print its summary.",
    discussion: """
      Every participant the demo creates is synthetic (made up from a seed, marked as such in
      the database and in every report). Without --database or $KARTLEGG_DATABASE the demo
      writes a fresh database in a new temporary folder and prints its path, so the data you
      work with is never touched; with one, the synthetic cohort is added to it under a name
      no real cohort has.

      Examples:
        kartlegg demo
        kartlegg demo --participants 60 --seed 7
        kartlegg demo --database /tmp/demo.sqlite --cohort "Demo høst"
      """
  )

  @Option(help: "How many synthetic participants (1 to 5000).")
  var participants = 36

  @Option(help: "The seed: the same seed gives the same cohort.")
  var seed: UInt64 = 2026

  @Option(help: ArgumentHelp("The synthetic cohort's name (must be new).", valueName: "name"))
  var cohort: String?

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

  func validate() throws {
    guard (1...5000).contains(participants) else {
      throw ValidationError("--participants must be from 1 to 5000, not \(participants)")
    }
  }

  func run() throws {
    let files = try SurveyFiles(resources: resources)
    let ui = try interface.text(root: files.root)
    let path = database.isGiven ? database.resolved : try Self.freshDatabasePath()
    let store = try database.open(at: path)
    let session = IntakeSession(
      files: files, ui: ui, store: store, console: StandardConsole(), actor: Adviser.current)
    let name = cohort ?? ui("demo.cohort-name", seed)
    do {
      guard try store.participants(cohort: name, includeNames: false).isEmpty else {
        Diagnostics.error("error: " + ui("demo.error.cohort-exists", name))
        throw ExitStatus.dataError
      }
      let (survey, hash) = try session.keepSurvey(at: files.standardSurvey)
      let created = try DemoCohort(session: session, survey: survey, surveyHash: hash)
        .create(count: participants, cohort: name, seed: seed)
      print(ui("demo.created", created.count, name, path))
      print()
      try suggestGroups(cohort: name, store: store, files: files, ui: ui)
      print(ui("demo.next", path))
      for command in [
        "groups show --cohort \(Self.quoted(name))",
        "groups accept --cohort \(Self.quoted(name))",
        "summary --cohort \(Self.quoted(name)) --format html --output summary.html",
      ] {
        print("  KARTLEGG_DATABASE=\(Self.quoted(path)) kartlegg " + command)
      }
    } catch let error as StorageError {
      throw StoreFailure.exit(for: error)
    }
  }

  /// Suggests groups under the survey's first policy and leaves them as a draft for the reader
  /// to move and accept; a cohort too small for any group gets the planner's explanation and the
  /// demo goes on.
  private func suggestGroups(
    cohort: String, store: any Storage & GroupPlanStorage, files: SurveyFiles, ui: InterfaceText
  ) throws {
    do {
      try CohortGroupsSession(cohort: cohort, store: store, files: files, ui: ui, isJSON: false)
        .suggest(policy: nil)
    } catch let exit as ExitCode where exit == ExitStatus.dataError {
      print(ui("demo.no-groups"))
    }
  }

  /// A word quoted for a POSIX shell.
  private static func quoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// A database file in a new owner-only temporary folder.
  private static func freshDatabasePath() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kartlegg-demo-" + UUID().uuidString.prefix(8).lowercased())
    try FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    return folder.appendingPathComponent("kartlegg.sqlite").path
  }
}
