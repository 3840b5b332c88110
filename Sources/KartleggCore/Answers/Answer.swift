/// One answer a participant gave.
public enum Answer: Hashable, Sendable {
  /// The chosen option of a single-choice question.
  case choice(OptionValue)
  /// The chosen options of a multiple-choice question.
  case choices(Set<OptionValue>)
  /// A number.
  case number(Double)
  /// Free text.
  case text(String)
  /// A date.
  case date(CalendarDate)
  /// One language.
  case language(LanguageCode)
  /// Several languages.
  case languages(Set<LanguageCode>)
}

/// The answers of one participant, by question.
public typealias AnswerSet = [QuestionID: Answer]
