/// The rules that decide whether a participant needs an interpreter (tolk), in which language
/// and dialect, and in which mode.
public struct InterpreterPolicy: Hashable, Sendable {
  /// The question whose answer is the interpreter language.
  public var languageQuestion: QuestionID
  /// The question whose answer is the dialect, if the survey asks.
  public var dialectQuestion: QuestionID?
  /// Need rules in priority order; the first that holds decides.
  public var needRules: [InterpreterNeedRule]
  /// Mode rules in priority order; the first that holds decides.
  public var modeRules: [InterpreterModeRule]
  /// Where the policy is defined.
  public var location: DocumentLocation

  /// Creates an interpreter policy.
  ///
  /// - Parameters:
  ///   - languageQuestion: The question giving the language.
  ///   - dialectQuestion: The question giving the dialect.
  ///   - needRules: Need rules in priority order.
  ///   - modeRules: Mode rules in priority order.
  ///   - location: Where it is defined.
  public init(
    languageQuestion: QuestionID, dialectQuestion: QuestionID?,
    needRules: [InterpreterNeedRule], modeRules: [InterpreterModeRule],
    location: DocumentLocation
  ) {
    self.languageQuestion = languageQuestion
    self.dialectQuestion = dialectQuestion
    self.needRules = needRules
    self.modeRules = modeRules
    self.location = location
  }
}

/// Whether an interpreter is needed.
public enum InterpreterNeed: String, Hashable, Sendable, CaseIterable {
  /// An interpreter is needed.
  case needed
  /// No interpreter is needed.
  case notNeeded = "not-needed"
  /// The need is to be assessed at the meeting.
  case assess
}

/// How an interpreter takes part.
public enum InterpreterMode: String, Hashable, Sendable, CaseIterable {
  /// In the room.
  case inPerson = "in-person"
  /// By telephone.
  case phone
  /// By video (skjermtolking).
  case screen
}

/// A rule that decides interpreter need when its condition holds.
public struct InterpreterNeedRule: Hashable, Sendable {
  /// The rule's identifier.
  public var id: RuleID
  /// The need it decides.
  public var need: InterpreterNeed
  /// When it holds.
  public var condition: Condition
  /// Why, in the source language.
  public var reason: String

  /// Creates a need rule.
  ///
  /// - Parameters:
  ///   - id: The rule's identifier.
  ///   - need: The need it decides.
  ///   - condition: When it holds.
  ///   - reason: Why, in the source language.
  public init(id: RuleID, need: InterpreterNeed, condition: Condition, reason: String) {
    self.id = id
    self.need = need
    self.condition = condition
    self.reason = reason
  }
}

/// A rule that decides interpreter mode when its condition holds.
public struct InterpreterModeRule: Hashable, Sendable {
  /// The rule's identifier.
  public var id: RuleID
  /// The mode it decides.
  public var mode: InterpreterMode
  /// When it holds.
  public var condition: Condition
  /// Why, in the source language.
  public var reason: String

  /// Creates a mode rule.
  ///
  /// - Parameters:
  ///   - id: The rule's identifier.
  ///   - mode: The mode it decides.
  ///   - condition: When it holds.
  ///   - reason: Why, in the source language.
  public init(id: RuleID, mode: InterpreterMode, condition: Condition, reason: String) {
    self.id = id
    self.mode = mode
    self.condition = condition
    self.reason = reason
  }
}
