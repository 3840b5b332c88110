import Crypto

/// The SHA-256 of a survey definition file in hex: an intake records it so its answers are
/// always read against the definition they were given under.
public enum SurveyHash {
  /// The hash of a file's bytes.
  ///
  /// - Parameter bytes: The file.
  /// - Returns: 64 lower-case hex digits.
  public static func of(_ bytes: [UInt8]) -> String {
    hex(SHA256.hash(data: bytes))
  }

  /// A digest in lower-case hex.
  ///
  /// - Parameter digest: The digest.
  /// - Returns: Two lower-case hex digits per byte.
  public static func hex(_ digest: SHA256.Digest) -> String {
    digest.map { byte in
      let digits = String(byte, radix: 16)
      return digits.count == 1 ? "0" + digits : digits
    }.joined()
  }
}
