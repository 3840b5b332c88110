import KartleggCore

/// The participant's own result in plain words, in one language: level, how we will contact
/// them, interpreter and what happens next (``ParticipantResultText``). Shown beneath the
/// adviser's result at the end of the intake, and printed by `participants sheet`.
public struct ParticipantResultView: Hashable, Sendable {
  /// One sentence: its text with `{1}` and the values that fill it.
  public struct Line: Hashable, Sendable {
    /// The sentence with `{1}` where the value goes.
    public var template: String
    /// The values, such as a level's label.
    public var values: [String]

    /// The sentence filled in.
    public var text: String { Placeholders.fill(template, with: values) }

    /// Creates a sentence.
    ///
    /// - Parameters:
    ///   - template: The sentence with `{1}` where the value goes.
    ///   - values: The values.
    public init(template: String, values: [String]) {
      self.template = template
      self.values = values
    }
  }

  /// The language.
  public var language: LanguageCode
  /// Whether the language is written right to left.
  public var isRightToLeft: Bool
  /// The heading ("Your result").
  public var title: String
  /// The sentences, in order.
  public var lines: [Line]
  /// "Participant number: {1}", for the sheet.
  public var numberTemplate: String

  /// A view from its parts.
  ///
  /// - Parameters:
  ///   - language: The language.
  ///   - isRightToLeft: Whether it is written right to left.
  ///   - title: The heading.
  ///   - lines: The sentences.
  ///   - numberTemplate: "Participant number: {1}".
  public init(
    language: LanguageCode, isRightToLeft: Bool, title: String, lines: [Line],
    numberTemplate: String
  ) {
    self.language = language
    self.isRightToLeft = isRightToLeft
    self.title = title
    self.lines = lines
    self.numberTemplate = numberTemplate
  }

  /// The view of a result in the texts' language; parts without a value are left out.
  ///
  /// - Parameters:
  ///   - values: The result's parts in force (level id, channel id, interpreter need and
  ///     language).
  ///   - isProvisional: Whether the level rests on an incomplete intake.
  ///   - texts: The survey's texts in the participant's language.
  public init(values: [AssessedPart: String], isProvisional: Bool, texts: SurveyTexts) {
    language = texts.language
    isRightToLeft = texts.isRightToLeft
    title = texts.unmarked("participant.result.title")
    numberTemplate = texts.unmarked("participant.sheet.id")
    func line(_ key: String, _ values: String...) -> Line {
      Line(template: texts.unmarked("participant.result.\(key)"), values: values)
    }
    var lines: [Line] = []
    if let level = values[.overallLevel] {
      lines.append(line("level", texts.unmarked("level.\(level).label")))
    }
    if let channel = values[.channel] {
      lines.append(line("contact", texts.unmarked("channel.\(channel).label")))
    }
    switch values[.interpreterNeed].flatMap(InterpreterNeed.init(rawValue:)) {
    case .needed?:
      let name = values[.interpreterLanguage].map { code in
        texts.survey.language(LanguageCode(code)) == nil
          ? code : texts.unmarked("language.\(code).name")
      }
      lines.append(name.map { line("interpreter", $0) } ?? line("interpreter-ask"))
    case .notNeeded?: lines.append(line("no-interpreter"))
    case .assess?: lines.append(line("interpreter-ask"))
    case nil: break
    }
    if isProvisional { lines.append(line("provisional")) }
    lines.append(line("next"))
    self.lines = lines
  }
}
