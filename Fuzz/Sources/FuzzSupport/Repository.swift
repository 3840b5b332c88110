import Foundation
import KartleggCore
import KartleggXML

/// The repository's survey schema and standard survey, loaded once per fuzzing process.
public enum Repository {
  /// The repository root: `KARTLEGG_ROOT`, else two levels above the current directory's
  /// `Fuzz` folder, else the current directory.
  public static let root: String = {
    if let root = ProcessInfo.processInfo.environment["KARTLEGG_ROOT"] { return root }
    let current = FileManager.default.currentDirectoryPath
    return current.hasSuffix("/Fuzz") ? String(current.dropLast(5)) : current
  }()

  /// The survey loader with the repository's schema.
  public static let loader: SurveyLoader = {
    do {
      let bytes = try [UInt8](
        Data(contentsOf: URL(fileURLWithPath: root + "/surveys/schema/survey-1.xsd")))
      return SurveyLoader(schema: try XMLSchema(bytes: bytes, file: "survey-1.xsd"))
    } catch {
      preconditionFailure("the survey schema must load from \(root): \(error)")
    }
  }()

  /// The standard survey.
  public static let survey: Survey = {
    do {
      let bytes = try [UInt8](
        Data(contentsOf: URL(fileURLWithPath: root + "/surveys/digital-intake.xml")))
      return try loader.load(bytes, file: "digital-intake.xml")
    } catch {
      preconditionFailure("the standard survey must load from \(root): \(error)")
    }
  }()
}
