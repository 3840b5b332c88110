/// A JSON value that remembers where it was written, so every problem in an answers file can
/// name its line and column.
public struct JSONValue: Hashable, Sendable {
  /// The kinds of JSON value.
  public indirect enum Kind: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case boolean(Bool)
    /// A number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object, with its members in the order written.
    case object([JSONMember])
  }

  /// The value.
  public var kind: Kind
  /// The line, from 1.
  public var line: Int
  /// The column, from 1, counted in characters.
  public var column: Int

  /// Creates a value.
  ///
  /// - Parameters:
  ///   - kind: The value.
  ///   - line: The line.
  ///   - column: The column.
  public init(_ kind: Kind, line: Int, column: Int) {
    self.kind = kind
    self.line = line
    self.column = column
  }

  /// What kind of value this is, in messages.
  public var shape: AnswerProblem.Shape {
    switch kind {
    case .null: return .null
    case .boolean: return .boolean
    case .number: return .number
    case .string: return .string
    case .array: return .array
    case .object: return .object
    }
  }

  /// The value's kind as messages name it ("a string").
  public var kindName: String {
    switch kind {
    case .null: return "null"
    case .boolean: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

/// One member of a JSON object.
public struct JSONMember: Hashable, Sendable {
  /// The key.
  public var key: String
  /// Where the key is written.
  public var keyLine: Int
  /// The key's column.
  public var keyColumn: Int
  /// The value.
  public var value: JSONValue

  /// Creates a member.
  ///
  /// - Parameters:
  ///   - key: The key.
  ///   - keyLine: The key's line.
  ///   - keyColumn: The key's column.
  ///   - value: The value.
  public init(key: String, keyLine: Int, keyColumn: Int, value: JSONValue) {
    self.key = key
    self.keyLine = keyLine
    self.keyColumn = keyColumn
    self.value = value
  }
}
