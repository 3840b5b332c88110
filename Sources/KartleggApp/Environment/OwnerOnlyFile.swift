import Foundation

/// A file only its owner can read (mode 0600), for output that holds counts about people.
public enum OwnerOnlyFile {
  /// ``OutputFile``'s kinds of file, by their keys in the interface catalogue.
  private static let kinds = [
    "a FIFO (named pipe)": "fifo", "a character device": "character-device",
    "a block device": "block-device", "a directory": "directory", "a socket": "socket",
    "a symbolic link": "symbolic-link", "a special file": "special",
  ]

  /// Writes a file readable by its owner only, whole or not at all, and only over the user's own
  /// regular file (``OutputFile``).
  ///
  /// - Parameters:
  ///   - bytes: The content.
  ///   - path: Where.
  /// - Throws: ``AppError`` (73) when the target is a FIFO, device, directory, symbolic link or
  ///   another user's file, or cannot be written.
  public static func write(_ bytes: [UInt8], to path: String) throws(AppError) {
    do {
      try OutputFile(path: path).write(bytes)
    } catch {
      let message: AppMessage
      switch error {
      case .notRegularFile(_, let kind):
        let named = kinds[kind].map { AppMessage.key("output.kind." + $0) } ?? .value(kind)
        message = .compose("output.error.not-regular-file", named)
      case .ownedByOther(_, let owner): message = .key("output.error.owned-by-other", owner)
      case .failed(_, let call, let reason): message = .key("output.error.failed", call, reason)
      }
      throw AppError(.cannotCreate, [AppProblem(message, inFile: path)])
    }
  }
}
