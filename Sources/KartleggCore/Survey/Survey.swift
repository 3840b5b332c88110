/// A survey definition: questions, scoring, levels, flags and the rules that recommend channels,
/// interpreters and groups.
///
/// A `Survey` is what a survey file means once it has been loaded and checked. Every domain rule
/// of kartlegg lives here, not in code.
public struct Survey: Hashable, Sendable {
  /// The survey's stable identifier.
  public var id: SurveyID
  /// The version of the definition, as written in the file.
  public var version: String
  /// The language of the text written inline in the file (the source language).
  public var sourceLanguage: LanguageCode
  /// The title in the source language.
  public var title: String
  /// The languages a participant can choose from, with names and script direction.
  public var languages: [Language]
  /// The levels, lowest first.
  public var levels: [Level]
  /// The scoring dimensions.
  public var dimensions: [Dimension]
  /// How the overall level is decided.
  public var overall: OverallLevel
  /// The sections, in the order they are asked.
  public var sections: [Section]
  /// Flags that mark needs for follow-up, such as no internet at home.
  public var flags: [Flag]
  /// Channels and the rules that recommend them.
  public var channels: ChannelPolicy
  /// The rules that decide interpreter need, language and mode.
  public var interpreter: InterpreterPolicy
  /// Policies for splitting a cohort into groups.
  public var groupingPolicies: [GroupingPolicy]
  /// Who may be grouped besides being assessed (e.g. informed about storage), or `nil` for
  /// every assessed participant.
  public var groupingEligibility: Condition?
  /// The questions the cohort summary tabulates, in the file's order.
  public var tabulations: [Tabulation]
  /// Where the survey element is.
  public var location: DocumentLocation

  /// Creates a survey from its parts.
  ///
  /// - Parameters:
  ///   - id: The survey's stable identifier.
  ///   - version: The version of the definition.
  ///   - sourceLanguage: The language of the inline text.
  ///   - title: The title in the source language.
  ///   - languages: The language registry.
  ///   - levels: The levels, lowest first.
  ///   - dimensions: The scoring dimensions.
  ///   - overall: How the overall level is decided.
  ///   - sections: The sections in order.
  ///   - flags: The flags.
  ///   - channels: Channels and their rules.
  ///   - interpreter: Interpreter rules.
  ///   - groupingPolicies: Grouping policies.
  ///   - tabulations: The questions the cohort summary tabulates.
  ///   - groupingEligibility: Who may be grouped besides being assessed.
  ///   - location: Where the survey element is.
  public init(
    id: SurveyID, version: String, sourceLanguage: LanguageCode, title: String,
    languages: [Language], levels: [Level], dimensions: [Dimension], overall: OverallLevel,
    sections: [Section], flags: [Flag], channels: ChannelPolicy,
    interpreter: InterpreterPolicy, groupingPolicies: [GroupingPolicy],
    tabulations: [Tabulation] = [], groupingEligibility: Condition? = nil,
    location: DocumentLocation
  ) {
    self.groupingEligibility = groupingEligibility
    self.id = id
    self.version = version
    self.sourceLanguage = sourceLanguage
    self.title = title
    self.languages = languages
    self.levels = levels
    self.dimensions = dimensions
    self.overall = overall
    self.sections = sections
    self.flags = flags
    self.channels = channels
    self.interpreter = interpreter
    self.groupingPolicies = groupingPolicies
    self.tabulations = tabulations
    self.location = location
  }

  /// Every question, in the order they are asked.
  public var questions: [Question] { sections.flatMap(\.questions) }

  /// The question the survey gives a role.
  ///
  /// - Parameter role: The role.
  /// - Returns: The first question with it, or `nil`.
  public func question(withRole role: QuestionRole) -> Question? {
    sections.lazy.flatMap(\.questions).first { $0.role == role }
  }

  /// The question with an identifier.
  ///
  /// - Parameter id: The identifier.
  /// - Returns: The question, or `nil`.
  public func question(_ id: QuestionID) -> Question? {
    for section in sections {
      if let question = section.questions.first(where: { $0.id == id }) { return question }
    }
    return nil
  }

  /// The registry entry for a language code, if the survey lists it.
  ///
  /// - Parameter code: The language code.
  /// - Returns: The language, or `nil`.
  public func language(_ code: LanguageCode) -> Language? {
    languages.first { $0.code == code }
  }
}

/// A section of a survey: a titled run of questions, optionally relevant only under a condition.
public struct Section: Hashable, Sendable {
  /// The section's identifier.
  public var id: SectionID
  /// The title in the source language.
  public var title: String
  /// When the section applies; `nil` means always.
  public var relevance: Condition?
  /// The questions, in the order they are asked.
  public var questions: [Question]
  /// Where the intake stops after this section's questions, when a stop's condition holds.
  public var stops: [IntakeStop]
  /// Where the section is defined.
  public var location: DocumentLocation

  /// Creates a section.
  ///
  /// - Parameters:
  ///   - id: The section's identifier.
  ///   - title: The title in the source language.
  ///   - relevance: When the section applies; `nil` means always.
  ///   - questions: The questions in order.
  ///   - stops: Where the intake stops after the questions.
  ///   - location: Where the section is defined.
  public init(
    id: SectionID, title: String, relevance: Condition? = nil, questions: [Question],
    stops: [IntakeStop] = [], location: DocumentLocation
  ) {
    self.id = id
    self.title = title
    self.relevance = relevance
    self.questions = questions
    self.stops = stops
    self.location = location
  }
}

/// An expression as written in the file together with its parsed form and location.
public struct Condition: Hashable, Sendable, CustomStringConvertible {
  /// The expression as written in the file.
  public var source: String
  /// The parsed expression.
  public var expression: Expression
  /// Where the expression is written.
  public var location: DocumentLocation

  /// Creates a condition.
  ///
  /// - Parameters:
  ///   - source: The expression as written.
  ///   - expression: The parsed expression.
  ///   - location: Where it is written.
  public init(source: String, expression: Expression, location: DocumentLocation) {
    self.source = source
    self.expression = expression
    self.location = location
  }

  /// The expression written back in the expression language.
  public var description: String { expression.description }
}
