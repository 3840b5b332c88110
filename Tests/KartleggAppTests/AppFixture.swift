import Foundation
import KartleggApp
import KartleggCore
import KartleggReport
import KartleggStore

/// The checkout's own resources and a store in a fresh temporary folder, removed at the end.
final class AppFixture {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  let directory: URL
  let store: SQLiteStorage
  let context: AppContext

  init(language: String = "nb") throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kartlegg-app-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    store = try SQLiteStorage(path: directory.appendingPathComponent("k.sqlite").path)
    let resources = try ResourceDirectory(explicit: Self.root.path)
    context = AppContext(
      resources: resources, ui: try InterfaceText.load(language, from: resources),
      actor: "veileder-test")
  }

  deinit {
    try? FileManager.default.removeItem(at: directory)
  }

  /// The example answers file's path.
  static var example: String {
    root.appendingPathComponent("docs/examples/answers-tigrinya.json").path
  }

  /// Imports the example answers file `count` times into a cohort.
  func importExample(count: Int, cohort: String) throws -> [ParticipantID] {
    try (0..<count).map { index in
      try ImportAnswers(context: context, store: store).run(
        Self.example, survey: context.resources.standardSurveyPath,
        registration: PartialRegistration(name: "Person \(index)", cohort: cohort),
        language: nil, accept: true
      ).participant
    }
  }
}
