import Crypto
import KartleggStore

/// The idempotency key of an imported answers file: SHA-256 over the file's bytes, the
/// participant's name and cohort, so a retried import finds what the first attempt stored.
enum ImportKey {
  static func of(_ bytes: [UInt8], registration: Registration) -> String {
    var hasher = SHA256()
    for part in [bytes, Array(registration.name.utf8), Array(registration.cohort.utf8)] {
      hasher.update(data: withUnsafeBytes(of: UInt64(part.count).littleEndian) { Array($0) })
      hasher.update(data: part)
    }
    return "sha256:" + SurveyHash.hex(hasher.finalize())
  }
}
