/// A language in the survey's registry.
public struct Language: Hashable, Sendable {
  /// The ISO 639 code, e.g. `ti` or `prs`.
  public var code: LanguageCode
  /// The name in the language itself (endonym), e.g. `ትግርኛ`.
  public var nativeName: String
  /// The name in the survey's source language, e.g. `tigrinja`.
  public var name: String
  /// The ISO 15924 script code, e.g. `Ethi` or `Arab`.
  public var script: String
  /// The writing direction of the script.
  public var direction: TextDirection
  /// Where it is defined.
  public var location: DocumentLocation
  /// Whether an interpreter can be booked for it; `false` for the programme's own language
  /// (Norwegian), which needs no interpreter.
  public var isInterpreterLanguage: Bool

  /// Creates a registry entry.
  ///
  /// - Parameters:
  ///   - code: The ISO 639 code.
  ///   - nativeName: The name in the language itself.
  ///   - name: The name in the source language.
  ///   - script: The ISO 15924 script code.
  ///   - direction: The writing direction.
  ///   - location: Where it is defined.
  ///   - isInterpreterLanguage: Whether an interpreter can be booked for it.
  public init(
    code: LanguageCode, nativeName: String, name: String, script: String,
    direction: TextDirection, location: DocumentLocation, isInterpreterLanguage: Bool = true
  ) {
    self.isInterpreterLanguage = isInterpreterLanguage
    self.code = code
    self.nativeName = nativeName
    self.name = name
    self.script = script
    self.direction = direction
    self.location = location
  }
}

/// The writing direction of a script.
public enum TextDirection: String, Hashable, Sendable, CaseIterable {
  /// Left to right (Latin, Cyrillic, Ethiopic).
  case leftToRight = "ltr"
  /// Right to left (Arabic script, Hebrew).
  case rightToLeft = "rtl"
}
