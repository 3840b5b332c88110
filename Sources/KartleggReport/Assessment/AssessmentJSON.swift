import Foundation
import KartleggCore

/// The stable JSON form of an assessment (`kartlegg assess --json`), schema
/// `kartlegg.assessment/1`, documented in `docs/assessment.md`. Keys are sorted; a value that does not
/// exist (no level, no fallback) is left out; percentages have one decimal.
public struct AssessmentJSON: Encodable {
  struct SurveyRef: Encodable {
    var id: String
    var version: String
  }

  struct Band: Encodable {
    var level: String
    var min: Int
    var max: Int
  }

  struct Contribution: Encodable {
    var question: String
    var options: [String]
    var points: Int
    var maximum: Int
  }

  struct Decision: Encodable {
    var level: String?
    var band: Band?
    var gates: [String]
    var provisional: Bool
  }

  struct Dimension: Encodable {
    var id: String
    var points: Int
    var maximum: Int
    var possibleMaximum: Int
    var percentage: Double?
    var completeness: Double
    var decision: Decision
    var contributions: [Contribution]
  }

  struct Overall: Encodable {
    var percentage: Double?
    var weights: [String: Int]
    var decision: Decision
  }

  struct Choice: Encodable {
    var channel: String
    var rule: String
  }

  struct Channel: Encodable {
    var primary: Choice?
    var fallback: Choice?
    var reachable: [String]
  }

  struct Interpreter: Encodable {
    var need: String
    var needRule: String?
    var language: String?
    var dialect: String?
    var mode: String?
    var modeRule: String?
  }

  struct Completeness: Encodable {
    var answered: Int
    var relevant: Int
    var fraction: Double
    var complete: Bool
    var missingRequired: [String]
  }

  var schema = "kartlegg.assessment/2"
  var survey: SurveyRef
  var completeness: Completeness
  var overall: Overall
  var dimensions: [Dimension]
  var flags: [String]
  var channel: Channel
  var interpreter: Interpreter

  /// Builds the document.
  public init(survey: Survey, assessment: Assessment) {
    func decision(_ value: LevelDecision) -> Decision {
      Decision(
        level: value.level?.rawValue,
        band: value.band.map { Band(level: $0.level.rawValue, min: $0.minimum, max: $0.maximum) },
        gates: value.gates.map(\.rawValue), provisional: value.isProvisional)
    }
    func rounded(_ value: Double?) -> Double? { value.map { ($0 * 10).rounded() / 10 } }
    func choice(_ value: ChannelChoice?) -> Choice? {
      value.map { Choice(channel: $0.channel.rawValue, rule: $0.rule.rawValue) }
    }
    self.survey = SurveyRef(id: survey.id.rawValue, version: survey.version)
    let completeness = assessment.completeness
    self.completeness = Completeness(
      answered: completeness.answered, relevant: completeness.relevant,
      fraction: (completeness.fraction * 1000).rounded() / 1000, complete: completeness.isComplete,
      missingRequired: completeness.missingRequired.map(\.rawValue))
    self.overall = Overall(
      percentage: rounded(assessment.overall.percentage),
      weights: Dictionary(
        uniqueKeysWithValues: assessment.overall.weights.map { ($0.key.rawValue, $0.value) }),
      decision: decision(assessment.overall.decision))
    self.dimensions = assessment.dimensions.map { score in
      Dimension(
        id: score.dimension.rawValue, points: score.points, maximum: score.maximum,
        possibleMaximum: score.possibleMaximum, percentage: rounded(score.percentage),
        completeness: (score.completeness * 1000).rounded() / 1000,
        decision: decision(score.decision),
        contributions: score.contributions.map {
          Contribution(
            question: $0.question.rawValue, options: $0.options.map(\.rawValue), points: $0.points,
            maximum: $0.maximum)
        })
    }
    self.flags = assessment.flags.map(\.rawValue)
    self.channel = Channel(
      primary: choice(assessment.channel.primary), fallback: choice(assessment.channel.fallback),
      reachable: assessment.channel.reachable.map(\.rawValue))
    let interpreter = assessment.interpreter
    self.interpreter = Interpreter(
      need: interpreter.need.rawValue, needRule: interpreter.needRule?.rawValue,
      language: interpreter.language?.rawValue, dialect: interpreter.dialect,
      mode: interpreter.mode?.rawValue, modeRule: interpreter.modeRule?.rawValue)
  }

  /// The document as JSON text.
  ///
  /// - Returns: The JSON.
  /// - Throws: What the encoder throws.
  public func encoded() throws -> String {
    try StableJSON.encode(self)
  }
}
