import Foundation

/// A file only its owner can read (mode 0600), for output that holds counts about people.
public enum OwnerOnlyFile {
  /// Writes a file readable by its owner only.
  ///
  /// - Parameters:
  ///   - bytes: The content.
  ///   - path: Where.
  /// - Throws: ``AppError`` (73) when the file cannot be created.
  public static func write(_ bytes: [UInt8], to path: String) throws(AppError) {
    let previousMask = umask(0o077)
    defer { umask(previousMask) }
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)),
      chmod(path, 0o600) == 0
    else {
      throw AppError(
        .cannotCreate, [AppProblem(.verbatim(String(cString: strerror(errno))), inFile: path)])
    }
  }
}
