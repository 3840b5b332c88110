import KartleggCore

/// The answers of one intake, with the optional questions the adviser skipped.
public struct StoredAnswers: Hashable, Sendable {
  /// The answers, by question.
  public var answers: AnswerSet
  /// Optional questions skipped on purpose.
  public var skipped: Set<QuestionID>

  /// Creates stored answers.
  ///
  /// - Parameters:
  ///   - answers: The answers.
  ///   - skipped: The skipped questions.
  public init(answers: AnswerSet = [:], skipped: Set<QuestionID> = []) {
    self.answers = answers
    self.skipped = skipped
  }
}
