/// One question of a survey.
public struct Question: Hashable, Sendable {
  /// The question's identifier, e.g. `device.smartphone`.
  public var id: QuestionID
  /// What kind of answer the question takes.
  public var kind: QuestionKind
  /// The question in the source language.
  public var text: String
  /// An explanation for the adviser, in the source language.
  public var help: String?
  /// Whether the question must be answered when it is relevant.
  public var isRequired: Bool
  /// When the question applies; `nil` means always (within its section).
  public var relevance: Condition?
  /// Rules the answer must satisfy.
  public var constraints: [Constraint]
  /// Where the question is defined.
  public var location: DocumentLocation
  /// What the program uses the question for, beyond asking it, when the survey says.
  public var role: QuestionRole?

  /// Creates a question.
  ///
  /// - Parameters:
  ///   - id: The question's identifier.
  ///   - kind: What kind of answer it takes.
  ///   - text: The question in the source language.
  ///   - help: An explanation for the adviser.
  ///   - isRequired: Whether it must be answered when relevant.
  ///   - relevance: When it applies; `nil` means always.
  ///   - constraints: Rules the answer must satisfy.
  ///   - location: Where it is defined.
  ///   - role: What the program uses it for, if anything.
  public init(
    id: QuestionID, kind: QuestionKind, text: String, help: String? = nil,
    isRequired: Bool = false, relevance: Condition? = nil, constraints: [Constraint] = [],
    location: DocumentLocation, role: QuestionRole? = nil
  ) {
    self.role = role
    self.id = id
    self.kind = kind
    self.text = text
    self.help = help
    self.isRequired = isRequired
    self.relevance = relevance
    self.constraints = constraints
    self.location = location
  }

  /// The answer options of a choice question; empty for other kinds.
  public var options: [AnswerOption] {
    switch kind {
    case .singleChoice(let options), .multipleChoice(let options, _): return options
    case .number, .text, .date, .language: return []
    }
  }

  /// The option with the given value, if the question has one.
  ///
  /// - Parameter value: The option value.
  /// - Returns: The option, or `nil`.
  public func option(_ value: OptionValue) -> AnswerOption? {
    options.first { $0.value == value }
  }
}

/// The kind of answer a question takes.
public enum QuestionKind: Hashable, Sendable {
  /// Exactly one of the options.
  case singleChoice([AnswerOption])
  /// Any number of the options, up to `maxSelections` when given.
  case multipleChoice([AnswerOption], maxSelections: Int?)
  /// A number within a range.
  case number(NumberRange)
  /// Free text of at most `maxLength` characters.
  case text(maxLength: Int)
  /// A calendar date within an optional range.
  case date(DateRange)
  /// One language (or several when `multiple`) from the survey's language registry.
  case language(multiple: Bool)

  /// The name of the kind as written in the survey file.
  public var name: String {
    switch self {
    case .singleChoice: return "single-choice"
    case .multipleChoice: return "multiple-choice"
    case .number: return "number"
    case .text: return "text"
    case .date: return "date"
    case .language(let multiple): return multiple ? "languages" : "language"
    }
  }
}

/// The allowed range of a number question.
public struct NumberRange: Hashable, Sendable {
  /// The smallest allowed value.
  public var minimum: Double
  /// The largest allowed value.
  public var maximum: Double
  /// Whether only whole numbers are allowed.
  public var isInteger: Bool

  /// Creates a range.
  ///
  /// - Parameters:
  ///   - minimum: The smallest allowed value.
  ///   - maximum: The largest allowed value.
  ///   - isInteger: Whether only whole numbers are allowed.
  public init(minimum: Double, maximum: Double, isInteger: Bool) {
    self.minimum = minimum
    self.maximum = maximum
    self.isInteger = isInteger
  }
}

/// The allowed range of a date question.
public struct DateRange: Hashable, Sendable {
  /// The earliest allowed date, if any.
  public var earliest: CalendarDate?
  /// The latest allowed date, if any.
  public var latest: CalendarDate?

  /// Creates a range.
  ///
  /// - Parameters:
  ///   - earliest: The earliest allowed date.
  ///   - latest: The latest allowed date.
  public init(earliest: CalendarDate? = nil, latest: CalendarDate? = nil) {
    self.earliest = earliest
    self.latest = latest
  }
}

/// One answer option of a choice question.
public struct AnswerOption: Hashable, Sendable {
  /// The stored value, e.g. `daily`.
  public var value: OptionValue
  /// The label in the source language.
  public var label: String
  /// Points this option gives, per dimension.
  public var points: [DimensionPoints]
  /// In a multiple-choice question, whether choosing this option excludes all others
  /// (e.g. "none of these").
  public var isExclusive: Bool
  /// Where the option is defined.
  public var location: DocumentLocation

  /// Creates an option.
  ///
  /// - Parameters:
  ///   - value: The stored value.
  ///   - label: The label in the source language.
  ///   - points: Points per dimension.
  ///   - isExclusive: Whether it excludes all other options.
  ///   - location: Where it is defined.
  public init(
    value: OptionValue, label: String, points: [DimensionPoints] = [], isExclusive: Bool = false,
    location: DocumentLocation
  ) {
    self.value = value
    self.label = label
    self.points = points
    self.isExclusive = isExclusive
    self.location = location
  }
}

/// Points an answer option gives to one dimension.
public struct DimensionPoints: Hashable, Sendable {
  /// The dimension that receives the points.
  public var dimension: DimensionID
  /// The number of points (may be negative).
  public var points: Int
  /// Where the points are defined.
  public var location: DocumentLocation

  /// Creates a points entry.
  ///
  /// - Parameters:
  ///   - dimension: The dimension that receives the points.
  ///   - points: The number of points.
  ///   - location: Where they are defined.
  public init(dimension: DimensionID, points: Int, location: DocumentLocation) {
    self.dimension = dimension
    self.points = points
    self.location = location
  }
}

/// A rule an answer must satisfy, with the message shown when it does not.
public struct Constraint: Hashable, Sendable {
  /// The rule; `.` stands for the answer being checked.
  public var test: Condition
  /// The message in the source language.
  public var message: String
  /// Whether a broken rule refuses the answer or only warns.
  public var severity: Severity

  /// What a broken constraint does.
  public enum Severity: String, Hashable, Sendable, CaseIterable {
    /// The answer is refused.
    case error
    /// The adviser is warned and confirms the answer (a plausibility check).
    case warning
  }

  /// Creates a constraint.
  ///
  /// - Parameters:
  ///   - test: The rule.
  ///   - message: The message in the source language.
  ///   - severity: Whether a broken rule refuses the answer or only warns.
  public init(test: Condition, message: String, severity: Severity = .error) {
    self.test = test
    self.message = message
    self.severity = severity
  }
}
