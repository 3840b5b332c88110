import Crypto

/// The SHA-256 of a survey definition file in hex: an intake records it so its answers are
/// always read against the definition they were given under.
public enum SurveyHash {
  /// The hash of a file's bytes.
  ///
  /// - Parameter bytes: The file.
  /// - Returns: 64 lower-case hex digits.
  public static func of(_ bytes: [UInt8]) -> String {
    SHA256.hash(data: bytes).map { byte in
      let digits = String(byte, radix: 16)
      return digits.count == 1 ? "0" + digits : digits
    }.joined()
  }
}
