import Foundation

/// Where the demo keeps its synthetic cohort when no database is named: a fresh file in a new
/// owner-only temporary folder, so the data the adviser works with is never touched.
public enum DemoDatabase {
  /// A database path in a new owner-only temporary folder.
  ///
  /// - Returns: The path (the file does not exist yet).
  /// - Throws: What creating the folder throws.
  public static func freshPath() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kartlegg-demo-" + UUID().uuidString.prefix(8).lowercased())
    try FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    return folder.appendingPathComponent("kartlegg.sqlite").path
  }
}
