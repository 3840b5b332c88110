import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The width to lay text out in: the terminal's, `$COLUMNS`, or 80.
public enum TerminalWidth {
  /// The width in columns.
  ///
  /// - Returns: The terminal's width, else `$COLUMNS` (over 20), else 80.
  public static func current() -> Int {
    var size = winsize()
    if isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0,
      size.ws_col > 0
    {
      return Int(size.ws_col)
    }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }),
      columns > 20
    {
      return columns
    }
    return 80
  }
}
