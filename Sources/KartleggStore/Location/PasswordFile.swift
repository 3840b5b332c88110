import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A libpq password file (`~/.pgpass`): lines of `host:port:database:user:password`, where `*`
/// matches anything, `\:` and `\\` escape, and `#` starts a comment. The first matching line
/// wins. Like libpq, a file that its group or others can read is ignored.
public struct PasswordFile: Hashable, Sendable {
  /// One line of the file.
  public struct Entry: Hashable, Sendable {
    /// Host, port, database, user and password, unescaped; `*` is a wildcard in the first four.
    public var fields: [String]
  }

  /// The entries in file order.
  public var entries: [Entry]

  /// Reads a password file.
  ///
  /// Fails (`nil`) when the file is missing, not a regular file, unreadable, or readable by
  /// others than its owner (mode wider than 0600).
  ///
  /// - Parameter path: The file.
  public init?(path: String) {
    var status = stat()
    guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG,
      status.st_mode & 0o077 == 0, let data = FileManager.default.contents(atPath: path)
    else { return nil }
    self.init(text: String(decoding: data, as: UTF8.self))
  }

  /// Parses the text of a password file.
  ///
  /// - Parameter text: The file's contents.
  public init(text: String) {
    entries = text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
      .compactMap { line in
        if line.hasPrefix("#") { return nil }
        let fields = Self.fields(of: line)
        return fields.count == 5 ? Entry(fields: fields) : nil
      }
  }

  /// The password of the first entry that matches.
  ///
  /// - Parameters:
  ///   - host: The host as given in the URL.
  ///   - port: The port.
  ///   - database: The database.
  ///   - user: The role.
  /// - Returns: The password, or `nil` when no entry matches.
  public func password(host: String, port: Int, database: String, user: String) -> String? {
    let wanted = [host, String(port), database, user]
    return entries.first { entry in
      zip(entry.fields, wanted).allSatisfy { field, value in field == "*" || field == value }
    }?.fields[4]
  }

  private static func fields(of line: Substring) -> [String] {
    var fields: [String] = []
    var current = ""
    var isEscaped = false
    for character in line {
      if isEscaped {
        current.append(character)
        isEscaped = false
      } else if character == "\\" {
        isEscaped = true
      } else if character == ":" && fields.count < 4 {
        fields.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    fields.append(current)
    return fields
  }
}
