import KartleggCore

/// One thing wrong, with where it is when it is in a file.
public struct AppProblem: Hashable, Sendable {
  /// Whether the problem stops the command.
  public enum Severity: String, Hashable, Sendable {
    /// It stops the command.
    case error
    /// The command goes on; the adviser should look.
    case warning
  }

  /// Where in a file, when the problem is at a line of one.
  public var location: DocumentLocation?
  /// The file, when the problem is with a whole file.
  public var file: String?
  /// What is wrong.
  public var message: AppMessage
  /// Whether it stops the command.
  public var severity: Severity

  /// Creates a problem.
  ///
  /// - Parameters:
  ///   - message: What is wrong.
  ///   - location: Where, when in a file.
  ///   - severity: Whether it stops the command.
  public init(
    _ message: AppMessage, at location: DocumentLocation? = nil, severity: Severity = .error
  ) {
    self.message = message
    self.location = location
    self.severity = severity
  }

  /// A problem with a whole file.
  ///
  /// - Parameters:
  ///   - message: What is wrong.
  ///   - file: The file's path.
  ///   - severity: Whether it stops the command.
  public init(_ message: AppMessage, inFile file: String, severity: Severity = .error) {
    self.init(message, severity: severity)
    self.file = file
  }

  /// Where the problem is, as a compiler prints it: `FILE:LINE:COL`, `FILE`, or `nil`.
  public var place: String? { location?.description ?? file }
}
