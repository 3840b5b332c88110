import Foundation
import KartleggCore

/// The number of an intake in the store.
public typealias IntakeID = Int64

/// Who a new participant is and where they belong.
public struct Registration: Hashable, Sendable {
  /// The name or case reference: identity, kept apart from answers.
  public var name: String
  /// How to reach the participant (phone, e-mail), when given: identity too.
  public var contact: String?
  /// The cohort's name; a new name creates the cohort.
  public var cohort: String
  /// The programme, such as `intro` or `jobbsjansen`.
  public var programme: String?
  /// Whether the participant is synthetic (demo and benchmark data).
  public var isSynthetic: Bool

  /// Creates a registration.
  ///
  /// - Parameters:
  ///   - name: The name or case reference.
  ///   - contact: Contact details, if any.
  ///   - cohort: The cohort's name.
  ///   - programme: The programme, if known.
  ///   - isSynthetic: Whether the participant is synthetic.
  public init(
    name: String, contact: String? = nil, cohort: String, programme: String? = nil,
    isSynthetic: Bool = false
  ) {
    self.name = name
    self.contact = contact
    self.cohort = cohort
    self.programme = programme
    self.isSynthetic = isSynthetic
  }
}

/// The survey definition an intake was given under, kept so answers are always read against it.
public struct StoredSurvey: Hashable, Sendable {
  /// The SHA-256 of the definition file, in hex.
  public var hash: String
  /// The survey's id.
  public var id: SurveyID
  /// The survey's version.
  public var version: String
  /// The definition file's bytes.
  public var source: [UInt8]

  /// Creates a stored survey.
  ///
  /// - Parameters:
  ///   - hash: The SHA-256 of the file, in hex.
  ///   - id: The survey's id.
  ///   - version: The survey's version.
  ///   - source: The file's bytes.
  public init(hash: String, id: SurveyID, version: String, source: [UInt8]) {
    self.hash = hash
    self.id = id
    self.version = version
    self.source = source
  }
}

/// One intake: a participant answering one survey.
public struct IntakeRecord: Hashable, Sendable {
  /// The intake's number.
  public var id: IntakeID
  /// The participant.
  public var participant: ParticipantID
  /// The hash of the survey definition it runs under.
  public var surveyHash: String
  /// The survey's id.
  public var surveyID: SurveyID
  /// The survey's version.
  public var surveyVersion: String
  /// The participant-side language.
  public var language: LanguageCode
  /// Where it stands.
  public var status: IntakeStatus
  /// When it started.
  public var startedAt: Date
  /// When an answer or status last changed.
  public var updatedAt: Date
}

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

/// The parts of an assessment an adviser can override, as stored (Core's ``AssessedPart``).
public typealias ResultPart = AssessedPart

/// What the assessment concluded, as stored: each part's value (level id, channel id, need,
/// language code or mode), the flags, and the completeness.
public struct AssessedResult: Hashable, Sendable {
  /// Each part's assessed value; a part without a value is absent.
  public var values: [ResultPart: String]
  /// The flags raised.
  public var flags: [FlagID]
  /// Whether a level rests on an incomplete intake.
  public var isProvisional: Bool
  /// Answered questions among those that apply, 0 to 1.
  public var completeness: Double

  /// Creates a result.
  ///
  /// - Parameters:
  ///   - values: Each part's value.
  ///   - flags: The flags raised.
  ///   - isProvisional: Whether a level is provisional.
  ///   - completeness: The share answered.
  public init(
    values: [ResultPart: String], flags: [FlagID], isProvisional: Bool, completeness: Double
  ) {
    self.values = values
    self.flags = flags
    self.isProvisional = isProvisional
    self.completeness = completeness
  }
}

/// An adviser's decision to replace an assessed value, with the reason.
public struct Override: Hashable, Sendable {
  /// The part overridden.
  public var part: ResultPart
  /// The assessed value it replaces, if there was one.
  public var assessed: String?
  /// The value the adviser chose.
  public var chosen: String
  /// Why.
  public var reason: String
  /// Who decided.
  public var adviser: String
  /// When.
  public var madeAt: Date

  /// Creates an override.
  ///
  /// - Parameters:
  ///   - part: The part overridden.
  ///   - assessed: The value it replaces.
  ///   - chosen: The chosen value.
  ///   - reason: Why.
  ///   - adviser: Who decided.
  ///   - madeAt: When.
  public init(
    part: ResultPart, assessed: String?, chosen: String, reason: String, adviser: String,
    madeAt: Date
  ) {
    self.part = part
    self.assessed = assessed
    self.chosen = chosen
    self.reason = reason
    self.adviser = adviser
    self.madeAt = madeAt
  }
}

/// A stored result: the assessment, the overrides and whether it was accepted.
public struct StoredResult: Hashable, Sendable {
  /// What the assessment concluded.
  public var assessed: AssessedResult
  /// The adviser's overrides, oldest first.
  public var overrides: [Override]
  /// Who accepted it, when it was accepted.
  public var acceptedBy: String?
  /// When it was accepted.
  public var acceptedAt: Date?

  /// The value in force for a part: the latest override, else the assessed value.
  ///
  /// - Parameter part: The part.
  /// - Returns: Its value, if any.
  public func value(of part: ResultPart) -> String? {
    valuesInForce[part]
  }

  /// Every part's value in force (``ResultValues/inForce(assessed:overrides:)``).
  public var valuesInForce: [ResultPart: String] {
    ResultValues.inForce(
      assessed: assessed.values, overrides: overrides.map { (part: $0.part, chosen: $0.chosen) })
  }
}

/// One row of the participant list.
public struct ParticipantSummary: Hashable, Sendable {
  /// The pseudonymous id.
  public var id: ParticipantID
  /// The cohort's name.
  public var cohort: String
  /// The latest intake's status, if an intake exists.
  public var status: IntakeStatus?
  /// The overall level in force, if assessed.
  public var level: String?
  /// The name, only when asked for.
  public var name: String?
  /// When the participant was registered.
  public var registeredAt: Date
}

/// One entry of the append-only audit log: who did what, when, to which participant. Never an
/// answer value.
public struct AuditEntry: Hashable, Sendable {
  /// When.
  public var at: Date
  /// Who (the adviser's user name).
  public var actor: String
  /// What, such as `intake.answer` or `participant.erase`.
  public var action: String
  /// Which participant, if one.
  public var participant: ParticipantID?
  /// Details without personal data, such as a question id.
  public var detail: String?
}

/// Everything stored about one participant, for an access request.
public struct ParticipantExport: Hashable, Sendable {
  /// The pseudonymous id.
  public var id: ParticipantID
  /// The name or case reference.
  public var name: String?
  /// The contact details.
  public var contact: String?
  /// The cohort's name.
  public var cohort: String
  /// The programme.
  public var programme: String?
  /// When registered.
  public var registeredAt: Date
  /// The intakes with their answers and results, oldest first.
  public var intakes: [IntakeExport]
  /// The audit entries about the participant.
  public var audit: [AuditEntry]
}

/// One intake of an export.
public struct IntakeExport: Hashable, Sendable {
  /// The intake.
  public var intake: IntakeRecord
  /// Its answers and skips.
  public var answers: StoredAnswers
  /// Its result, if assessed.
  public var result: StoredResult?
}
