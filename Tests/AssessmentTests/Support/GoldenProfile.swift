import KartleggCore
import Testing

/// One realistic participant: an answers file in `Profiles/` and what the standard survey's rules
/// say about them, derived by hand.
struct GoldenProfile: Sendable, CustomTestStringConvertible {
  /// A part of the assessment a known issue can be attached to.
  enum Aspect: Hashable, Sendable {
    case overall, dimensions, flags, primary, fallback, need, language, mode
  }

  /// The answers file's name without `.json`.
  var name: String
  /// The overall level.
  var overall: LevelID?
  /// Levels of information, communication, content, safety and problem-solving.
  var dimensions: [LevelID?]
  /// Every flag raised.
  var flags: Set<FlagID>
  /// The primary channel.
  var primary: ChannelID?
  /// The fallback channel.
  var fallback: ChannelID?
  /// The interpreter need.
  var need: InterpreterNeed
  /// The interpreter language.
  var language: LanguageCode?
  /// The interpreter mode.
  var mode: InterpreterMode?
  /// Whether every required question that applies is answered.
  var isComplete: Bool
  /// Parts where kartlegg is known to disagree with the expectation, and why the expectation is
  /// right.
  var knownIssues: [Aspect: String]

  init(
    _ name: String, overall: LevelID?, dimensions: [LevelID?], flags: Set<FlagID>,
    channels primary: ChannelID?, _ fallback: ChannelID?,
    interpreter need: InterpreterNeed, _ language: LanguageCode?, _ mode: InterpreterMode?,
    isComplete: Bool = true, knownIssues: [Aspect: String] = [:]
  ) {
    self.name = name
    self.overall = overall
    self.dimensions = dimensions
    self.flags = flags
    self.primary = primary
    self.fallback = fallback
    self.need = need
    self.language = language
    self.mode = mode
    self.isComplete = isComplete
    self.knownIssues = knownIssues
  }

  var testDescription: String { name }

  /// Runs the checks of one aspect, inside `withKnownIssue` when the aspect has a known issue.
  func check(_ aspect: Aspect, _ body: () -> Void) {
    if let issue = knownIssues[aspect] {
      withKnownIssue(Comment(rawValue: issue)) { body() }
    } else {
      body()
    }
  }
}
