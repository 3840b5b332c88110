import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A database file, or the directory holding it, that other users could read or replace.
///
/// kartlegg keeps names and answers of vulnerable people: the file must belong to the user
/// running kartlegg and be readable by nobody else, and its directory must belong to that user
/// (or root) and be writable by nobody else — otherwise another user could read the file, or
/// put their own file (or `-wal` journal) in its place. A deliberate group setup opts out with
/// `--allow-shared-file`.
public struct UnsafeDatabaseFile: Hashable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public enum Reason: Hashable, Sendable {
    /// The file belongs to another user (by numeric id).
    case fileOwnedByOther(owner: UInt32)
    /// Group or other users may read or write the file (the mode, in octal).
    case fileOpenToOthers(mode: UInt32)
    /// The directory belongs to another user (not root).
    case directoryOwnedByOther(owner: UInt32)
    /// Group or other users may create and replace files in the directory.
    case directoryWritableByOthers(mode: UInt32)
    /// The path is not a regular file (a directory, device, FIFO or socket).
    case notRegularFile
  }

  /// What is wrong.
  public var reason: Reason
  /// The file or directory concerned.
  public var path: String

  /// Creates a problem.
  ///
  /// - Parameters:
  ///   - reason: What is wrong.
  ///   - path: The file or directory concerned.
  public init(_ reason: Reason, path: String) {
    self.reason = reason
    self.path = path
  }

  /// The message, with the fix.
  public var description: String {
    let shared = "; or, for a deliberate group setup, give --allow-shared-file"
    switch reason {
    case .fileOwnedByOther(let owner):
      return "\(path): the database file belongs to another user (uid \(owner)), who can read "
        + "it; move it away and let kartlegg create a new one, or have its owner copy the "
        + "data to you" + shared
    case .fileOpenToOthers(let mode):
      return "\(path): the database file can be read or changed by other users (mode "
        + "\(String(mode & 0o777, radix: 8))); fix it with 'chmod 600 \(path)'" + shared
    case .directoryOwnedByOther(let owner):
      return "\(path): the database's directory belongs to another user (uid \(owner)); keep "
        + "the database in a directory of your own ('mkdir -m 700 DIR' and --database "
        + "DIR/kartlegg.sqlite)" + shared
    case .directoryWritableByOthers(let mode):
      return "\(path): other users can create and replace files in the database's directory "
        + "(mode \(String(mode & 0o7777, radix: 8))); fix it with 'chmod 700 \(path)' or keep "
        + "the database in a directory of your own" + shared
    case .notRegularFile:
      return "\(path): not a regular file; give the path of a database file"
    }
  }

  /// The first problem with a database path and its directory, or `nil` when both are safe.
  ///
  /// Checks the directory (which must exist), then the file and its `-wal` and `-shm`
  /// companions where they exist. Symbolic links are followed.
  ///
  /// - Parameters:
  ///   - path: The database file.
  ///   - user: The user id that must own them (the effective user id).
  /// - Returns: The problem, or `nil`.
  public static func check(_ path: String, user: UInt32 = UInt32(geteuid())) -> Self? {
    let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var info = stat()
    if stat(directory, &info) == 0 {
      let owner = UInt32(info.st_uid)
      let mode = UInt32(info.st_mode)
      if owner != user, owner != 0 {
        return Self(.directoryOwnedByOther(owner: owner), path: directory)
      }
      if mode & 0o022 != 0 {
        return Self(.directoryWritableByOthers(mode: mode), path: directory)
      }
    }
    for file in [path, path + "-wal", path + "-shm"] {
      guard stat(file, &info) == 0 else { continue }
      let mode = UInt32(info.st_mode)
      guard mode & UInt32(S_IFMT) == UInt32(S_IFREG) else {
        return Self(.notRegularFile, path: file)
      }
      if UInt32(info.st_uid) != user {
        return Self(.fileOwnedByOther(owner: UInt32(info.st_uid)), path: file)
      }
      if mode & 0o077 != 0 { return Self(.fileOpenToOthers(mode: mode), path: file) }
    }
    return nil
  }
}
