#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one way a command writes its result to standard output. Each call is written through
/// at once, so lines keep their order with the diagnostics on standard error. It avoids `print`,
/// whose first dynamic cast of each argument's type scans all of the binary's 9,000 protocol
/// conformances.
enum StandardOutput {
  /// Writes text as it is, with no line end added.
  ///
  /// - Parameter text: The text.
  static func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      guard let start = bytes.baseAddress else { return }
      var offset = 0
      while offset < bytes.count {
        let written = systemWrite(STDOUT_FILENO, start + offset, bytes.count - offset)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
      }
    }
  }

  /// Writes one line.
  ///
  /// - Parameter line: The line, without its line end; none writes an empty line.
  static func line(_ line: String = "") {
    write(line + "\n")
  }
}

#if canImport(Glibc)
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  private let systemWrite = Darwin.write
#endif
