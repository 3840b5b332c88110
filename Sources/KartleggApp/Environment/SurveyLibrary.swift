import KartleggCore
import KartleggStore
import KartleggXML

/// Loads and checks survey definitions: from files, and as kept in the store.
public struct SurveyLibrary: Sendable {
  /// Where the schema and surveys are.
  public let resources: any Resources
  private let loader: SurveyLoader
  private let kept = KeptSurveyMemo()

  /// Compiles the schema once.
  ///
  /// - Parameter resources: Where the schema and surveys are.
  /// - Throws: ``AppError`` when the schema is missing (66) or broken (70).
  public init(resources: any Resources) throws(AppError) {
    self.resources = resources
    let path = resources.schemaPath
    let bytes = try resources.bytes(atPath: path)
    do {
      loader = SurveyLoader(schema: try XMLSchema(bytes: bytes, file: path))
    } catch {
      throw AppError(.internalError, error.problems.map(AppProblem.init))
    }
  }

  /// The standard survey's path.
  public var standardSurvey: String { resources.standardSurveyPath }

  /// Loads one survey file.
  ///
  /// - Parameter path: The file.
  /// - Returns: The survey.
  /// - Throws: ``AppError``: 66 missing, 65 with every problem.
  public func load(_ path: String) throws(AppError) -> Survey {
    try load(bytes: try resources.bytes(atPath: path), file: path)
  }

  /// Loads a survey from bytes.
  ///
  /// - Parameters:
  ///   - bytes: The file's content.
  ///   - file: Its name for messages.
  /// - Returns: The survey.
  /// - Throws: ``AppError`` (65) with every problem.
  public func load(bytes: [UInt8], file: String) throws(AppError) -> Survey {
    do {
      return try loader.load(bytes, file: file)
    } catch {
      throw AppError(error)
    }
  }

  /// Every problem of a survey file's bytes; none when it is valid.
  ///
  /// - Parameters:
  ///   - bytes: The content.
  ///   - file: Its name for messages.
  /// - Returns: The problems, in file order.
  public func problems(in bytes: [UInt8], file: String) -> [LoadProblem] {
    loader.problems(in: bytes, file: file)
  }

  /// A survey definition kept in the store, loaded as the intake ran under it.
  ///
  /// - Parameter stored: The kept definition.
  /// - Returns: The survey.
  /// - Throws: ``AppError`` (65) when it no longer loads.
  public func load(_ stored: StoredSurvey) throws(AppError) -> Survey {
    let name = "\(stored.id) \(stored.version) (stored, sha256 \(stored.hash.prefix(12)))"
    return try load(bytes: stored.source, file: name)
  }

  /// A survey definition kept in the store by its hash.
  ///
  /// - Parameters:
  ///   - hash: The definition's hash.
  ///   - store: The store.
  /// - Returns: The survey.
  /// - Throws: ``AppError``.
  public func loadKept(_ hash: String, from store: any Storage) throws(AppError) -> Survey {
    if let survey = kept.survey(hash) { return survey }
    let stored = try AppError.mapping { try store.survey(hash: hash) }
    guard let stored else { throw AppError(storage: .corrupt("survey \(hash)")) }
    let survey = try load(stored)
    kept.remember(survey, as: hash)
    return survey
  }

  /// A kept survey definition already read from the store, loaded once per library.
  ///
  /// - Parameter stored: The kept definition.
  /// - Returns: The survey.
  /// - Throws: ``AppError`` (65) when it no longer loads.
  public func survey(kept stored: StoredSurvey) throws(AppError) -> Survey {
    if let survey = kept.survey(stored.hash) { return survey }
    let survey = try load(stored)
    kept.remember(survey, as: stored.hash)
    return survey
  }

  /// Reads, validates and keeps a survey file in the store.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - store: The store.
  /// - Returns: The survey and its hash.
  /// - Throws: ``AppError``.
  public func keep(_ path: String, in store: any Storage) throws(AppError) -> (
    survey: Survey, hash: String
  ) {
    let bytes = try resources.bytes(atPath: path)
    let survey = try load(bytes: bytes, file: path)
    let hash = SurveyHash.of(bytes)
    try AppError.mapping {
      try store.keep(
        StoredSurvey(hash: hash, id: survey.id, version: survey.version, source: bytes))
    }
    return (survey, hash)
  }
}
