import ArgumentParser
import Foundation
import KartleggCore
import KartleggStore
import KartleggXML

/// Loads surveys for commands: compiles the schema from the resource directory once.
struct SurveyFiles {
  let root: URL

  init(resources: ResourceOptions) throws {
    self.root = try resources.root()
  }

  /// A loader that validates against the installed schema.
  func loader() throws -> SurveyLoader {
    let path = root.appendingPathComponent(ResourceOptions.schemaPath).path
    guard let bytes = InputFile.bytes(path) else { throw ExitStatus.noInput }
    do {
      return SurveyLoader(schema: try XMLSchema(bytes: bytes, file: path))
    } catch {
      Diagnostics.report(error.problems)
      throw ExitStatus.internalError
    }
  }

  /// The standard survey's path in the resource directory.
  var standardSurvey: String {
    root.appendingPathComponent("surveys/digital-intake.xml").path
  }

  /// Loads one survey, printing its problems and exiting 65 or 66 when it cannot.
  func load(_ path: String) throws -> Survey {
    guard let bytes = InputFile.bytes(path) else { throw ExitStatus.noInput }
    do {
      return try loader().load(bytes, file: path)
    } catch let failure as LoadFailure {
      Diagnostics.report(failure.problems)
      throw ExitStatus.dataError
    }
  }

  /// A survey definition kept in the store, loaded as the intake ran under it.
  func load(_ stored: StoredSurvey) throws -> Survey {
    let name = "\(stored.id) \(stored.version) (stored, sha256 \(stored.hash.prefix(12)))"
    do {
      return try loader().load(stored.source, file: name)
    } catch let failure as LoadFailure {
      Diagnostics.report(failure.problems)
      throw ExitStatus.dataError
    }
  }
}
