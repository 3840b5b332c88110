import Foundation
import KartleggCore
import KartleggXML

/// Files of the repository these tests read: the standard survey, its schema and the profiles.
enum Repository {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let profiles = root.appendingPathComponent("Tests/AssessmentTests/Profiles")

  /// The bytes of a file in the repository.
  static func bytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: root.appendingPathComponent(path)))
  }

  /// A loader with the repository's survey schema, compiled once.
  static func loader() throws -> SurveyLoader {
    try compiledLoader.get()
  }

  /// The standard survey `surveys/digital-intake.xml`, loaded once.
  static func standardSurvey() throws -> Survey {
    try loadedStandardSurvey.get()
  }

  /// Loads a survey written in a test.
  static func survey(_ text: String, file: String = "test-survey.xml") throws -> Survey {
    try loader().load(Array(text.utf8), file: file)
  }

  /// Reads one profile's answers file from `Profiles/` through the answers-file reader.
  static func profileAnswers(_ name: String, survey: Survey) throws -> AnswerSet {
    let url = profiles.appendingPathComponent("\(name).json")
    let bytes = [UInt8](try Data(contentsOf: url))
    return try AnswersFileReader(survey: survey).read(bytes, file: "\(name).json").answers
  }

  private static let compiledLoader = Result<SurveyLoader, any Error> {
    let schema = try XMLSchema(
      bytes: bytes("surveys/schema/survey-1.xsd"), file: "survey-1.xsd")
    return SurveyLoader(schema: schema)
  }

  private static let loadedStandardSurvey = Result<Survey, any Error> {
    try loader().load(bytes("surveys/digital-intake.xml"), file: "digital-intake.xml")
  }
}
