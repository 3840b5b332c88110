/// A text to show: its translation key, if it has one, and the text in the survey's source
/// language (the fallback when no translation is loaded, or the raw value when there is no key).
public struct WordedText: Hashable, Sendable {
  /// The translation key, e.g. `question.background.industry.option.cleaning`.
  public var key: String?
  /// The text in the survey's source language.
  public var text: String

  /// Creates a text.
  ///
  /// - Parameters:
  ///   - key: The translation key.
  ///   - text: The source-language text.
  public init(key: String?, text: String) {
    self.key = key
    self.text = text
  }
}

/// One part of a group's profile in words, e.g. "Bransje: Renhold" or, for a level key, the
/// range of overall levels "Nivå: Nybegynner–Litt øvet".
public struct ProfilePart: Hashable, Sendable {
  /// The key's label, e.g. "Bransje".
  public var label: WordedText
  /// The majority value, or the lowest level of a level range.
  public var value: WordedText
  /// The highest level when the part is a range of different levels, else `nil`.
  public var upTo: WordedText?
  /// How many members share the majority value (for a level key, the majority level).
  public var matching: Int

  /// Creates a part.
  ///
  /// - Parameters:
  ///   - label: The key's label.
  ///   - value: The value, or the lowest level.
  ///   - upTo: The highest level of a range.
  ///   - matching: How many members share the value.
  public init(label: WordedText, value: WordedText, upTo: WordedText?, matching: Int) {
    self.label = label
    self.value = value
    self.upTo = upTo
    self.matching = matching
  }
}

extension CohortGrouping {
  /// A key's label: the policy's `label`, else the key's name.
  ///
  /// - Parameter key: A key of the policy.
  /// - Returns: The label with its translation key.
  public func label(of key: GroupingKey) -> WordedText {
    WordedText(
      key: key.label == nil ? nil : key.textKey(policy: policy.id), text: key.label ?? key.name)
  }

  /// A group's profile in words, key by key in policy order, e.g. "Bransje: Renhold · Mål: Jobb
  /// · Nivå: Nybegynner–Litt øvet" (the renderer joins the parts).
  ///
  /// - Parameter group: A group of a plan made by this grouping.
  /// - Returns: One part per key.
  public func profileWords(of group: CohortGroup) -> [ProfilePart] {
    zip(policy.keys, group.profile.agreements).map { key, agreement in
      var part = ProfilePart(
        label: label(of: key), value: words(for: agreement.value, of: key.attribute), upTo: nil,
        matching: agreement.matching)
      if case .overallLevel = key.attribute, let low = group.profile.lowestLevel,
        let high = group.profile.highestLevel
      {
        part.value = words(for: low.rawValue, of: key.attribute)
        if high != low { part.upTo = words(for: high.rawValue, of: key.attribute) }
      }
      return part
    }
  }

  /// A value of a key in words: an option's label, a language's name or a level's label.
  ///
  /// - Parameters:
  ///   - value: The value as the planner sees it.
  ///   - attribute: What the key compares.
  /// - Returns: The text with its translation key; the raw value when the survey has no text.
  public func words(for value: String, of attribute: GroupingKey.Attribute) -> WordedText {
    switch attribute {
    case .overallLevel, .dimensionLevel:
      if let level = survey.levels.first(where: { $0.id.rawValue == value }) {
        return WordedText(key: "level.\(level.id).label", text: level.label)
      }
    case .answer(let question):
      if let option = survey.question(question)?.options.first(where: {
        $0.value.rawValue == value
      }) {
        return WordedText(key: "question.\(question).option.\(value)", text: option.label)
      }
      if let language = survey.languages.first(where: { $0.code.rawValue == value }) {
        return WordedText(key: "language.\(language.code).name", text: language.name)
      }
    }
    return WordedText(key: nil, text: value)
  }
}
