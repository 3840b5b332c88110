/// What the program uses a question for beyond asking it, marked in the survey with
/// `role="…"`, so no question is found by its id in Swift.
public enum QuestionRole: String, Hashable, Sendable, CaseIterable {
  /// The programme the participant is in (introduction programme, Jobbsjansen, …): registration
  /// asks it and fills the answer in. A single-choice question.
  case programme
  /// Whether the participant reads and writes their own language: the teacher's sheet shows the
  /// answer. A single-choice question.
  case literacy
  /// The participant's Norwegian level: the teacher's sheet shows the answer. A single-choice
  /// question.
  case norwegian
}
