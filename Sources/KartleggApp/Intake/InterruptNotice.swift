/// What to tell the adviser when the intake is interrupted: whether the answer in flight was
/// saved, and how to continue.
public struct InterruptNotice: Sendable {
  /// Whether an answer is being saved.
  public let saves: AnswerSaves
  /// No answer was being saved: every confirmed answer is saved.
  public let idle: String
  /// The answer being saved was saved.
  public let saved: String
  /// The answer being saved was not saved: it must be given again.
  public let notSaved: String
  /// How to continue.
  public let resumeHint: String

  /// The last line to print, after waiting briefly for a save in flight.
  ///
  /// - Returns: The line.
  public func message() -> String {
    switch saves.settle() {
    case .idle: return idle + " " + resumeHint
    case .saved: return saved + " " + resumeHint
    case .saving: return notSaved + " " + resumeHint
    }
  }
}
