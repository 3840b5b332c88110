extension AnswerProblem {
  /// What a field of an answers file should have held.
  public enum Expectation: Hashable, Sendable, CustomStringConvertible {
    /// A file of at most `limit` bytes; it has `size`.
    case size(limit: Int, found: Int)
    /// A JSON object.
    case object
    /// Only the fields `survey`, `version`, `language` and `answers`.
    case knownField
    /// The field once, not twice.
    case once
    /// A JSON string.
    case string
    /// The survey's id.
    case surveyID

    /// The English phrase.
    public var description: String {
      switch self {
      case .size(let limit, let found): return "at most \(limit) bytes, found \(found)"
      case .object: return "an object"
      case .knownField: return "only 'survey', 'version', 'language' and 'answers'"
      case .once: return "one value (it appears twice)"
      case .string: return "a string"
      case .surveyID: return "the survey id"
      }
    }
  }

  /// The form of an answer value: what a question expects, or what a file holds.
  public enum Shape: Hashable, Sendable, CustomStringConvertible {
    /// One option value as a string.
    case optionValue
    /// An array of option values.
    case optionValues
    /// A number.
    case number
    /// Text.
    case text
    /// A date `YYYY-MM-DD`.
    case date
    /// One language code.
    case languageCode
    /// An array of language codes.
    case languageCodes
    /// Strings in an array.
    case strings
    /// One value.
    case single
    /// Several values.
    case several
    /// JSON `null`.
    case null
    /// JSON `true` or `false`.
    case boolean
    /// A JSON string.
    case string
    /// A JSON array.
    case array
    /// A JSON object.
    case object

    /// The English phrase.
    public var description: String {
      switch self {
      case .optionValue: return "one option value as a string"
      case .optionValues: return "an array of option values"
      case .number: return "a number"
      case .text: return "text"
      case .date: return "a date 'YYYY-MM-DD'"
      case .languageCode: return "a language code"
      case .languageCodes: return "an array of language codes"
      case .strings: return "strings in the array"
      case .single: return "a single value"
      case .several: return "several values"
      case .null: return "null"
      case .boolean: return "a boolean"
      case .string: return "a string"
      case .array: return "an array"
      case .object: return "an object"
      }
    }
  }

  /// Why a date is not accepted.
  public enum DateFault: Hashable, Sendable, CustomStringConvertible {
    /// Not of the form `YYYY-MM-DD`.
    case form
    /// Before the earliest date allowed.
    case before(CalendarDate)
    /// After the latest date allowed.
    case after(CalendarDate)

    /// The English phrase, following "the answer to 'ID'".
    public var description: String {
      switch self {
      case .form: return "is not a date of the form YYYY-MM-DD"
      case .before(let date): return "must not be before \(date)"
      case .after(let date): return "must not be after \(date)"
      }
    }
  }
}
