import Foundation

/// A file only its owner can read (mode 0600), for output that holds counts about people.
public enum OwnerOnlyFile {
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
      throw AppError(.cannotCreate, [AppProblem(.verbatim(error.message), inFile: path)])
    }
  }
}
