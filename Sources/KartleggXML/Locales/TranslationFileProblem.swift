/// A problem with a translation file's meaning, found after it parsed as XML.
public enum TranslationFileProblem: Hashable, Sendable, CustomStringConvertible {
  /// The `version` attribute is not `2.0`.
  case version(found: String)
  /// `srcLang` or `trgLang` is missing.
  case languages
  /// Not exactly one `<file>`.
  case fileCount(Int)
  /// A `<unit>` without an id.
  case unitWithoutID
  /// Two units share an id.
  case duplicateUnit(String, firstLine: Int)
  /// A unit without exactly one `<segment>`.
  case segmentCount(unit: String, found: Int)
  /// A `state` that XLIFF 2.0 does not define.
  case unknownState(String, unit: String)
  /// A segment without a `<source>`.
  case noSource(unit: String)
  /// Markup inside a source or target.
  case inlineMarkup(unit: String)

  /// The message in English: a lower-case fragment naming the offending value in quotes.
  public var description: String {
    switch self {
    case .version(let found): return "expected version '2.0', found '\(found)'"
    case .languages: return "the <xliff> element needs srcLang and trgLang"
    case .fileCount(let count): return "expected exactly one <file>, found \(count)"
    case .unitWithoutID: return "a <unit> needs an id"
    case .duplicateUnit(let key, let line):
      return "duplicate unit id '\(key)' (first defined on line \(line))"
    case .segmentCount(let key, let count):
      return "unit '\(key)' needs exactly one <segment>, found \(count)"
    case .unknownState(let state, let key):
      return
        "unknown state '\(state)' in unit '\(key)'; expected initial, translated, reviewed or final"
    case .noSource(let key): return "unit '\(key)' has no <source>"
    case .inlineMarkup(let key):
      return "inline markup in unit '\(key)' is not supported; use plain text"
    }
  }
}
