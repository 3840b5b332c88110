import Foundation

/// Where a use case reads its schema, surveys, translations and input files, and writes the
/// files it makes: a directory on disk in the program, a folder of fixtures in a test.
public protocol Resources: Sendable {
  /// The path of the directory holding `surveys/` and `locales/`, absolute.
  var root: String { get }

  /// The bytes of a file, read up to a cap (larger files are refused by the readers' own
  /// size checks).
  ///
  /// - Parameter path: The file's path.
  /// - Returns: Its bytes.
  /// - Throws: ``AppError`` with exit 66 when the file is missing or unreadable.
  func bytes(atPath path: String) throws(AppError) -> [UInt8]

  /// Whether a file exists.
  ///
  /// - Parameter path: The file's path.
  /// - Returns: `true` when it does.
  func fileExists(atPath path: String) -> Bool

  /// The names of the files in a directory that end with a suffix, sorted.
  ///
  /// - Parameters:
  ///   - directory: The directory's path.
  ///   - suffix: The ending, e.g. `.xlf`.
  /// - Returns: The file names; none when the directory does not exist.
  func fileNames(in directory: String, endingWith suffix: String) -> [String]

  /// Writes a file whole (a temporary file renamed into place).
  ///
  /// - Parameters:
  ///   - bytes: The content.
  ///   - path: Where.
  /// - Throws: ``AppError`` with exit 73 when it cannot be written.
  func write(_ bytes: [UInt8], toPath path: String) throws(AppError)
}

extension Resources {
  /// The schema that every survey is validated against.
  public var schemaPath: String { path(ResourceDirectory.schemaPath) }

  /// The standard survey's path.
  public var standardSurveyPath: String { path("surveys/digital-intake.xml") }

  /// A path below the resource directory.
  ///
  /// - Parameter relative: The path relative to ``root``.
  /// - Returns: The full path.
  public func path(_ relative: String) -> String {
    root.hasSuffix("/") ? root + relative : root + "/" + relative
  }
}
