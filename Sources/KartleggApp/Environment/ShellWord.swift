/// Words for a POSIX shell, so a printed command can be pasted as it is.
public enum ShellWord {
  /// A word quoted for a POSIX shell.
  ///
  /// - Parameter word: The word.
  /// - Returns: It in single quotes, with its own single quotes escaped.
  public static func quoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
