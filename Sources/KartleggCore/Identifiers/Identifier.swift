/// A typed identifier: a string that names one kind of thing in a survey.
///
/// Each kind has its own tag type, so a ``QuestionID`` cannot be passed where a ``DimensionID``
/// is expected.
public struct Identifier<Tag>: Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The identifier as written in the survey file.
  public var rawValue: String

  /// Creates an identifier from its written form.
  ///
  /// - Parameter rawValue: The identifier as written in the survey file.
  public init(_ rawValue: String) {
    self.rawValue = rawValue
  }

  /// Creates an identifier from a string literal.
  ///
  /// - Parameter value: The identifier as written in the survey file.
  public init(stringLiteral value: String) {
    self.rawValue = value
  }

  /// The identifier as written in the survey file.
  public var description: String { rawValue }

  /// Orders identifiers by their written form.
  ///
  /// - Parameters:
  ///   - lhs: The first identifier.
  ///   - rhs: The second identifier.
  /// - Returns: Whether `lhs` sorts before `rhs`.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

/// Tag for ``SurveyID``.
public enum SurveyTag: Sendable {}
/// Tag for ``SectionID``.
public enum SectionTag: Sendable {}
/// Tag for ``QuestionID``.
public enum QuestionTag: Sendable {}
/// Tag for ``OptionValue``.
public enum OptionTag: Sendable {}
/// Tag for ``DimensionID``.
public enum DimensionTag: Sendable {}
/// Tag for ``LevelID``.
public enum LevelTag: Sendable {}
/// Tag for ``FlagID``.
public enum FlagTag: Sendable {}
/// Tag for ``ChannelID``.
public enum ChannelTag: Sendable {}
/// Tag for ``RuleID``.
public enum RuleTag: Sendable {}
/// Tag for ``PolicyID``.
public enum PolicyTag: Sendable {}
/// Tag for ``LanguageCode``.
public enum LanguageTag: Sendable {}
/// Tag for ``ParticipantID``.
public enum ParticipantTag: Sendable {}

/// Names a survey definition, stable across its versions.
public typealias SurveyID = Identifier<SurveyTag>
/// Names a section of a survey.
public typealias SectionID = Identifier<SectionTag>
/// Names a question, e.g. `device.smartphone`.
public typealias QuestionID = Identifier<QuestionTag>
/// The stored value of one answer option, e.g. `daily`.
public typealias OptionValue = Identifier<OptionTag>
/// Names a scoring dimension, e.g. `communication`.
public typealias DimensionID = Identifier<DimensionTag>
/// Names a level, e.g. `beginner`.
public typealias LevelID = Identifier<LevelTag>
/// Names a flag, e.g. `no-home-internet`.
public typealias FlagID = Identifier<FlagTag>
/// Names a contact channel, e.g. `whatsapp`.
public typealias ChannelID = Identifier<ChannelTag>
/// Names a recommendation rule.
public typealias RuleID = Identifier<RuleTag>
/// Names a grouping policy.
public typealias PolicyID = Identifier<PolicyTag>
/// A language code from the survey's language registry (ISO 639, e.g. `ti`, `prs`).
public typealias LanguageCode = Identifier<LanguageTag>

/// A participant's random pseudonymous identifier, such as `K7QM-3XPD`.
public typealias ParticipantID = Identifier<ParticipantTag>
