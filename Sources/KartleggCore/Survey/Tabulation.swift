/// A question whose answers the cohort summary counts, from the survey's `<summary>` element.
///
/// Only single-choice, multiple-choice and language questions can be tabulated: their answers
/// fall into a fixed set of categories.
public struct Tabulation: Hashable, Sendable {
  /// The question to count.
  public var question: QuestionID
  /// Where the `<tabulate>` element is.
  public var location: DocumentLocation

  /// Creates a tabulation.
  ///
  /// - Parameters:
  ///   - question: The question to count.
  ///   - location: Where the element is.
  public init(question: QuestionID, location: DocumentLocation) {
    self.question = question
    self.location = location
  }
}
