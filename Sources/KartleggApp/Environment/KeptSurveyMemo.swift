import Foundation
import KartleggCore

/// The kept surveys one ``SurveyLibrary`` has loaded, by hash: a command that describes a
/// cohort asks for the same version several times (the plan's, each member's), and parsing and
/// validating it again each time would cost more than the rest of the command.
final class KeptSurveyMemo: @unchecked Sendable {
  private let lock = NSLock()
  private var surveys: [String: Survey] = [:]

  /// The survey kept under a hash, if loaded before.
  func survey(_ hash: String) -> Survey? {
    lock.lock()
    defer { lock.unlock() }
    return surveys[hash]
  }

  /// Remembers a loaded survey.
  func remember(_ survey: Survey, as hash: String) {
    lock.lock()
    defer { lock.unlock() }
    surveys[hash] = survey
  }
}
