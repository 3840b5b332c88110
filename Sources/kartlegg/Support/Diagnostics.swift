import Foundation
import KartleggApp
import KartleggCommandLine
import KartleggReport
import KartleggTerminal

/// The one place where a use case's problems become lines on standard error and an exit code:
/// `FILE:LINE:COL: error: message` (the prefix editors parse), the message in the adviser's
/// language, control characters made harmless.
enum Diagnostics {
  /// Prints an error's problems and gives its exit code.
  ///
  /// - Parameters:
  ///   - error: What a use case threw.
  ///   - ui: The adviser's interface, when known.
  /// - Returns: The exit code.
  static func exitCode(for error: AppError, ui: InterfaceText?) -> ExitCode {
    report(error.problems, ui: ui)
    return ExitCode(error.status.rawValue)
  }

  /// Prints problems, errors and warnings alike.
  ///
  /// - Parameters:
  ///   - problems: The problems.
  ///   - ui: The adviser's interface, when known.
  static func report(_ problems: [AppProblem], ui: InterfaceText?) {
    for problem in problems {
      let prefix = problem.place.map { $0 + ": " } ?? ""
      write(prefix + problem.severity.rawValue + ": " + text(problem.message, ui: ui))
    }
  }

  /// A message in the adviser's language.
  ///
  /// - Parameters:
  ///   - message: The message.
  ///   - ui: The adviser's interface, when known.
  /// - Returns: The text.
  static func text(_ message: AppMessage, ui: InterfaceText?) -> String {
    switch message {
    case .verbatim(let text): return text
    case .interface(let key, let arguments):
      return ui?.text(key, arguments: arguments) ?? ([key] + arguments).joined(separator: " ")
    case .composed(let key, let parts):
      let arguments = parts.map { text($0, ui: ui) }
      return ui?.text(key, arguments: arguments) ?? ([key] + arguments).joined(separator: " ")
    }
  }

  /// Writes one line to standard error.
  ///
  /// - Parameter line: The line.
  static func write(_ line: String) {
    FileHandle.standardError.write(Data((TerminalText.safe(line) + "\n").utf8))
  }
}
