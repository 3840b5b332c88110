import Foundation
import KartleggCore
import KartleggStore

/// The access-request export, format `kartlegg.participant-export/1` (docs/storage.md).
/// Answers are written as in an answers file (option values, numbers, dates, language codes);
/// skipped questions are listed apart. Text is byte-exact UTF-8.
public struct ParticipantExportJSON: Encodable {
  struct IntakeJSON: Encodable {
    var id: Int64
    var survey: String
    var version: String
    var surveyHash: String
    var language: String
    var status: String
    var startedAt: String
    var updatedAt: String
    var answers: [String: AnswerJSON]
    var skipped: [String]
    var result: ResultJSON?
  }

  struct ResultJSON: Encodable {
    var assessed: [String: String]
    var inForce: [String: String]
    var flags: [String]
    var provisional: Bool
    var completeness: Double
    var overrides: [OverrideJSON]
    var acceptedBy: String?
    var acceptedAt: String?
  }

  struct OverrideJSON: Encodable {
    var part: String
    var assessed: String?
    var chosen: String
    var reason: String
    var adviser: String
    var madeAt: String
  }

  struct AuditJSON: Encodable {
    var at: String
    var actor: String
    var action: String
    var detail: String?
  }

  /// An answer in the answers-file form: a string, an array of strings, or a number.
  enum AnswerJSON: Encodable {
    case string(String)
    case strings([String])
    case number(Double)

    init(_ answer: Answer) {
      switch answer {
      case .choice(let value): self = .string(value.rawValue)
      case .choices(let values): self = .strings(values.map(\.rawValue).sorted())
      case .number(let value): self = .number(value)
      case .text(let text): self = .string(text)
      case .date(let date): self = .string(date.description)
      case .language(let code): self = .string(code.rawValue)
      case .languages(let codes): self = .strings(codes.map(\.rawValue).sorted())
      }
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.singleValueContainer()
      switch self {
      case .string(let text): try container.encode(text)
      case .strings(let texts): try container.encode(texts)
      case .number(let value): try container.encode(value)
      }
    }
  }

  var schema = "kartlegg.participant-export/1"
  var id: String
  var name: String?
  var contact: String?
  var cohort: String
  var programme: String?
  var registeredAt: String
  var intakes: [IntakeJSON]
  var audit: [AuditJSON]

  /// Builds the document.
  public init(_ export: ParticipantExport) {
    id = export.id.rawValue
    name = export.name
    contact = export.contact
    cohort = export.cohort
    programme = export.programme
    registeredAt = export.registeredAt.formatted(.iso8601)
    intakes = export.intakes.map { entry in
      let result = entry.result.map { result in
        let parts = Set(result.assessed.values.keys).union(result.overrides.map(\.part))
        var inForce: [String: String] = [:]
        for part in parts { inForce[part.description] = result.value(of: part) }
        return ResultJSON(
          assessed: Dictionary(
            uniqueKeysWithValues: result.assessed.values.map { ($0.key.description, $0.value) }),
          inForce: inForce, flags: result.assessed.flags.map(\.rawValue),
          provisional: result.assessed.isProvisional, completeness: result.assessed.completeness,
          overrides: result.overrides.map {
            OverrideJSON(
              part: $0.part.description, assessed: $0.assessed, chosen: $0.chosen,
              reason: $0.reason, adviser: $0.adviser, madeAt: $0.madeAt.formatted(.iso8601))
          }, acceptedBy: result.acceptedBy, acceptedAt: result.acceptedAt?.formatted(.iso8601))
      }
      return IntakeJSON(
        id: entry.intake.id, survey: entry.intake.surveyID.rawValue,
        version: entry.intake.surveyVersion, surveyHash: entry.intake.surveyHash,
        language: entry.intake.language.rawValue, status: entry.intake.status.rawValue,
        startedAt: entry.intake.startedAt.formatted(.iso8601),
        updatedAt: entry.intake.updatedAt.formatted(.iso8601),
        answers: Dictionary(
          uniqueKeysWithValues: entry.answers.answers.map {
            ($0.key.rawValue, AnswerJSON($0.value))
          }),
        skipped: entry.answers.skipped.map(\.rawValue).sorted(), result: result)
    }
    audit = export.audit.map {
      AuditJSON(
        at: $0.at.formatted(.iso8601), actor: $0.actor, action: $0.action, detail: $0.detail)
    }
  }

  /// The document as JSON text.
  ///
  /// - Returns: The JSON.
  /// - Throws: What the encoder throws.
  public func encoded() throws -> String {
    try StableJSON.encode(self)
  }
}
