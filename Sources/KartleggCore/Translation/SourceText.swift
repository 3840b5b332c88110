/// One translatable text of a survey in its source language, under a stable key.
///
/// Keys are derived from ids, so they survive reordering: `question.device.smartphone.text`,
/// `question.device.smartphone.option.own`, `rule.whatsapp-daily.reason`, … See
/// `docs/translations.md` for the full list.
public struct SourceText: Hashable, Sendable {
  /// The stable key.
  public var key: String
  /// The text in the survey's source language.
  public var text: String

  /// Creates a source text.
  ///
  /// - Parameters:
  ///   - key: The stable key.
  ///   - text: The text in the source language.
  public init(key: String, text: String) {
    self.key = key
    self.text = text
  }

  /// Every translatable text of a survey, in file order.
  ///
  /// - Parameter survey: The survey.
  /// - Returns: The texts with their keys.
  public static func all(in survey: Survey) -> [SourceText] {
    var texts: [SourceText] = [SourceText(key: "survey.title", text: survey.title)]
    func add(_ key: String, _ text: String?) {
      if let text { texts.append(SourceText(key: key, text: text)) }
    }
    for language in survey.languages { add("language.\(language.code).name", language.name) }
    for level in survey.levels {
      add("level.\(level.id).label", level.label)
      add("level.\(level.id).description", level.description)
    }
    for dimension in survey.dimensions {
      add("dimension.\(dimension.id).label", dimension.label)
      for gate in dimension.gates { add("rule.\(gate.id).reason", gate.reason) }
    }
    for gate in survey.overall.gates { add("rule.\(gate.id).reason", gate.reason) }
    for section in survey.sections {
      add("section.\(section.id).title", section.title)
      for question in section.questions {
        let prefix = "question.\(question.id)"
        add("\(prefix).text", question.text)
        add("\(prefix).help", question.help)
        for option in question.options { add("\(prefix).option.\(option.value)", option.label) }
        for (index, constraint) in question.constraints.enumerated() {
          add("\(prefix).constraint.\(index + 1)", constraint.message)
        }
      }
    }
    for flag in survey.flags { add("flag.\(flag.id).label", flag.label) }
    for channel in survey.channels.channels { add("channel.\(channel.id).label", channel.label) }
    for rule in survey.channels.rules { add("rule.\(rule.id).reason", rule.reason) }
    for rule in survey.interpreter.needRules { add("rule.\(rule.id).reason", rule.reason) }
    for rule in survey.interpreter.modeRules { add("rule.\(rule.id).reason", rule.reason) }
    for policy in survey.groupingPolicies {
      add("policy.\(policy.id).label", policy.label)
      for key in policy.keys { add(key.textKey(policy: policy.id), key.label) }
    }
    for tabulation in survey.tabulations { add(tabulation.textKey, tabulation.label) }
    return texts
  }
}
