import Foundation

/// One environment variable of this process. `ProcessInfo.processInfo.environment` copies
/// every variable into a dictionary on each call, which costs more than the rest of a short
/// command's start; this reads the one asked for.
public enum ProcessEnvironment {
  /// The value of an environment variable, or `nil` when it is not set.
  ///
  /// - Parameter name: The variable's name.
  /// - Returns: Its value.
  public static func value(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
