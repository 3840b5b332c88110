import KartleggCore

/// The survey definition an intake was given under, kept so answers are always read against it.
public struct StoredSurvey: Hashable, Sendable {
  /// The SHA-256 of the definition file, in hex.
  public var hash: String
  /// The survey's id.
  public var id: SurveyID
  /// The survey's version.
  public var version: String
  /// The definition file's bytes.
  public var source: [UInt8]

  /// Creates a stored survey.
  ///
  /// - Parameters:
  ///   - hash: The SHA-256 of the file, in hex.
  ///   - id: The survey's id.
  ///   - version: The survey's version.
  ///   - source: The file's bytes.
  public init(hash: String, id: SurveyID, version: String, source: [UInt8]) {
    self.hash = hash
    self.id = id
    self.version = version
    self.source = source
  }
}
