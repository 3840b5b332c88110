import Foundation
import KartleggCore
import KartleggStore
import KartleggTerminal

/// A cohort's groups for the adviser: per group its reason, level range, group channel,
/// interpreter needs and members (ids only), then the quality figures and who is not placed.
public struct CohortGroupsText {
  let policy: GroupingPolicy
  let texts: SurveyTexts
  let ui: InterfaceText

  /// Creates the text.
  ///
  /// - Parameters:
  ///   - policy: The grouping policy.
  ///   - texts: The survey's text in the adviser's language.
  ///   - ui: The adviser's interface.
  public init(policy: GroupingPolicy, texts: SurveyTexts, ui: InterfaceText) {
    self.policy = policy
    self.texts = texts
    self.ui = ui
  }

  /// The groups as text.
  ///
  /// - Parameters:
  ///   - plan: The plan.
  ///   - cohort: The cohort's name.
  ///   - status: Lines about the plan's state.
  ///   - notAssessed: Participants in no group.
  /// - Returns: The text.
  public func rendered(
    _ plan: CohortPlan, cohort: String, status: [String], notAssessed: [ParticipantID]
  ) -> String {
    var lines = [
      ui(
        "groups.header", plan.groups.count, plan.minimumSize, plan.maximumSize, plan.memberCount,
        TerminalText.escaped(cohort), texts("policy.\(policy.id).label"))
    ]
    lines += status
    for group in plan.groups {
      lines.append("")
      lines.append("\(group.name) (\(group.members.count)): \(profile(group))")
      lines += details(group).map { "  " + $0 }
    }
    lines.append("")
    lines.append(qualityLine(plan))
    for breach in plan.capBreaches {
      lines.append(ui("groups.cap-breach", breach.member))
    }
    if !notAssessed.isEmpty {
      lines.append(ui("groups.not-assessed", notAssessed.map(\.rawValue).joined(separator: " ")))
    }
    return TerminalText.safe(lines.joined(separator: "\n"))
  }

  /// A group's profile in words: "Bransje: Renhold · Mål: Jobb (5 av 7) · Nivå: Nybegynner–Litt
  /// øvet"; a share below the whole group is given beside its value.
  ///
  /// - Parameter group: The group.
  /// - Returns: The text.
  public func profile(_ group: CohortGroup) -> String {
    grouping.profileWords(of: group).map { part in
      var value = words(part.value)
      if let upTo = part.upTo { value += "–" + words(upTo) }
      if part.upTo == nil, part.matching < group.members.count {
        value += " (" + ui("groups.share", part.matching, group.members.count) + ")"
      }
      return words(part.label) + ": " + value
    }.joined(separator: " · ")
  }

  /// The plan's quality in words: how many share each key, and interpreter bookings beside
  /// the fewest possible.
  ///
  /// - Parameter plan: The plan.
  /// - Returns: The line.
  public func qualityLine(_ plan: CohortPlan) -> String {
    let quality = grouping.quality(of: plan)
    let shares = quality.keys.map { key in
      let share = ui("groups.key-share", key.matching, key.members, words(key.label).lowercased())
      guard let floor = key.minimumShare else { return share }
      return ui(key.reachesFloor ? "groups.key-floor-met" : "groups.key-floor-missed", share, floor)
    }
    return ui(
      "groups.quality-words", shares.joined(separator: "; "), quality.bookings.bookings,
      quality.bookings.lowerBound)
  }

  private var grouping: CohortGrouping { CohortGrouping(survey: texts.survey, policy: policy) }

  private func words(_ text: WordedText) -> String {
    text.key.map { texts($0) } ?? text.text
  }

  private func details(_ group: CohortGroup) -> [String] {
    var lines: [String] = []
    let channels = group.channels.channels.map {
      "\(texts("channel.\($0).label")) \(group.channels.reach[$0] ?? 0)"
    }
    lines.append(
      channels.isEmpty
        ? ui("groups.channels-none") : ui("groups.channels", channels.joined(separator: " + ")))
    if !group.channels.unreachable.isEmpty {
      let ids = group.channels.unreachable.map { group.members[$0] }
      lines.append(ui("groups.unreachable", ids.joined(separator: " ")))
    }
    let interpreters = group.interpreters.map { "\(language($0.language)) \($0.members)" }
    lines.append(
      interpreters.isEmpty
        ? ui("groups.interpreters-none")
        : ui("groups.interpreters", interpreters.joined(separator: ", ")))
    lines.append(ui("groups.members", group.members.joined(separator: " ")))
    return lines
  }

  /// The reason in the adviser's language.
  ///
  /// - Parameter reason: The group's reason.
  /// - Returns: The text.
  public func reason(_ reason: GroupReason) -> String {
    var parts: [String] = []
    if !reason.shared.isEmpty {
      parts.append(
        ui("groups.reason.all", reason.shared.map(agreement).joined(separator: ", ")))
    }
    parts += reason.partial.map {
      ui("groups.reason.partial", agreement($0), $0.matching, reason.size)
    }
    parts += reason.interpreters.map {
      ui("groups.reason.interpreter", language($0.language), $0.members)
    }
    return parts.joined(separator: "; ")
  }

  private func agreement(_ agreement: KeyAgreement) -> String {
    guard
      let index = policy.keys.indices.first(where: { key in
        CohortGrouping.name(of: policy.keys[key].attribute) == agreement.key
      })
    else { return "\(agreement.key) \(agreement.value)" }
    return keyLabel(index) + " " + value(agreement.value, of: policy.keys[index].attribute)
  }

  /// A key's name for the adviser: the question, or the level's name.
  ///
  /// - Parameter index: The key's position in the policy.
  /// - Returns: The name.
  public func keyLabel(_ index: Int) -> String {
    switch policy.keys[index].attribute {
    case .answer(let question): return texts("question.\(question).text")
    case .overallLevel: return ui("groups.key.overall-level")
    case .dimensionLevel(let dimension): return texts("dimension.\(dimension).label")
    }
  }

  /// A key's value for the adviser: an option's label, a language's name or a level's label.
  ///
  /// - Parameters:
  ///   - value: The stored value.
  ///   - attribute: What it is a value of.
  /// - Returns: The label.
  public func value(_ value: String, of attribute: GroupingKey.Attribute) -> String {
    guard !value.isEmpty else { return ui("groups.value.unknown") }
    switch attribute {
    case .answer(let question):
      if texts.survey.question(question)?.option(OptionValue(value)) != nil {
        return texts("question.\(question).option.\(value)")
      }
      return texts.survey.language(LanguageCode(value)) == nil ? value : language(value)
    case .overallLevel, .dimensionLevel: return level(LevelID(value))
    }
  }

  private func level(_ id: LevelID) -> String { texts("level.\(id).label") }

  /// A language's name in the adviser's language, or its code when the survey lacks it.
  ///
  /// - Parameter code: The language code.
  /// - Returns: The name.
  public func language(_ code: String) -> String { texts.languageName(code) }
}
