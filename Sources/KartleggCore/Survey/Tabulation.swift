/// A question whose answers the cohort summary counts, from the survey's `<summary>` element.
///
/// Only single-choice, multiple-choice and language questions can be tabulated: their answers
/// fall into a fixed set of categories. A short `label` titles the table (a question's full
/// text makes a poor title); it is translated as `summary.<question>.label`.
public struct Tabulation: Hashable, Sendable {
  /// The question to count.
  public var question: QuestionID
  /// The table's short title in the source language, if given.
  public var label: String?
  /// Where the `<tabulate>` element is.
  public var location: DocumentLocation

  /// Creates a tabulation.
  ///
  /// - Parameters:
  ///   - question: The question to count.
  ///   - label: The table's short title.
  ///   - location: Where the element is.
  public init(question: QuestionID, label: String? = nil, location: DocumentLocation) {
    self.question = question
    self.label = label
    self.location = location
  }

  /// The translation key of the label.
  public var textKey: String { "summary.\(question).label" }
}
