import Foundation
import KartleggCore
import KartleggXML

/// Test files: the repository's own and the fixtures beside these tests.
enum Fixture {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let directory = repository.appendingPathComponent("Tests/KartleggXMLTests/Fixtures")

  /// The bytes of a fixture file.
  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
  }

  /// The bytes of a file in the repository.
  static func repositoryBytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: repository.appendingPathComponent(path)))
  }

  /// The small example survey as text, for tests that change one thing in it.
  static func example() throws -> String {
    try String(
      contentsOf: repository.appendingPathComponent("docs/examples/small-survey.xml"),
      encoding: .utf8)
  }

  /// A loader with the repository's schema.
  static let loader: SurveyLoader = {
    do {
      let schema = try XMLSchema(
        bytes: repositoryBytes("surveys/schema/survey-1.xsd"), file: "survey-1.xsd")
      return SurveyLoader(schema: schema)
    } catch {
      preconditionFailure("the repository's schema must compile: \(error)")
    }
  }()
}
