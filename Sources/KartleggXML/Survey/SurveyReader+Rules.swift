import KartleggCore

extension SurveyReader {
  mutating func levels(_ element: XMLElement?) -> [Level] {
    (element?.children(named: "level") ?? []).map { level in
      let id = level.attribute("id") ?? ""
      let owner = "level '\(id)'"
      return Level(
        id: LevelID(id), label: text("label", of: level, owner: owner),
        description: optionalText("description", of: level, owner: owner),
        location: location(level))
    }
  }

  mutating func dimensions(_ element: XMLElement?) -> [Dimension] {
    (element?.children(named: "dimension") ?? []).map { dimension in
      let id = dimension.attribute("id") ?? ""
      return Dimension(
        id: DimensionID(id), label: text("label", of: dimension, owner: "dimension '\(id)'"),
        bands: bands(of: dimension), gates: gates(of: dimension), location: location(dimension))
    }
  }

  mutating func overall(_ element: XMLElement?, fallback: XMLElement) -> OverallLevel {
    guard let element else {
      return OverallLevel(weights: [], bands: [], gates: [], location: location(fallback))
    }
    let weights = element.children(named: "weight").map { weight in
      DimensionWeight(
        dimension: DimensionID(weight.attribute("dimension") ?? ""),
        weight: weight.attribute("value").flatMap { Int($0) } ?? 1, location: location(weight))
    }
    return OverallLevel(
      weights: weights, bands: bands(of: element), gates: gates(of: element),
      location: location(element))
  }

  private func bands(of element: XMLElement) -> [LevelBand] {
    element.children(named: "band").map { band in
      LevelBand(
        level: LevelID(band.attribute("level") ?? ""),
        minimum: band.attribute("min").flatMap { Int($0) } ?? 0,
        maximum: band.attribute("max").flatMap { Int($0) } ?? 100, location: location(band))
    }
  }

  private mutating func gates(of element: XMLElement) -> [Gate] {
    element.children(named: "gate").compactMap { gate in
      let id = gate.attribute("id") ?? ""
      guard let condition = condition("when", of: gate) else { return nil }
      return Gate(
        id: RuleID(id), cap: LevelID(gate.attribute("cap") ?? ""), condition: condition,
        reason: text("reason", of: gate, owner: "gate '\(id)'"))
    }
  }

  mutating func flags(_ element: XMLElement?) -> [Flag] {
    (element?.children(named: "flag") ?? []).compactMap { flag in
      let id = flag.attribute("id") ?? ""
      guard let condition = condition("when", of: flag) else { return nil }
      return Flag(
        id: FlagID(id), label: text("label", of: flag, owner: "flag '\(id)'"),
        condition: condition, location: location(flag))
    }
  }

  mutating func channels(_ element: XMLElement?) -> ChannelPolicy {
    let channels = (element?.children(named: "channel") ?? []).map { channel in
      let id = channel.attribute("id") ?? ""
      return Channel(
        id: ChannelID(id), label: text("label", of: channel, owner: "channel '\(id)'"),
        servesGroups: channel.attribute("groups").map(Self.isTrue) ?? false,
        isDigital: channel.attribute("digital").map(Self.isTrue) ?? true,
        location: location(channel))
    }
    let rules = (element?.children(named: "rule") ?? []).compactMap { rule -> ChannelRule? in
      let id = rule.attribute("id") ?? ""
      guard let condition = condition("when", of: rule) else { return nil }
      return ChannelRule(
        id: RuleID(id), channel: ChannelID(rule.attribute("channel") ?? ""),
        condition: condition, reason: text("reason", of: rule, owner: "rule '\(id)'"))
    }
    return ChannelPolicy(channels: channels, rules: rules)
  }

  mutating func interpreter(_ element: XMLElement?, fallback: XMLElement) -> InterpreterPolicy {
    guard let element else {
      return InterpreterPolicy(
        languageQuestion: "", dialectQuestion: nil, needRules: [], modeRules: [],
        location: location(fallback))
    }
    let needs = valuedRules(named: "need", in: element) { (value: InterpreterNeed, rule) in
      InterpreterNeedRule(id: rule.id, need: value, condition: rule.condition, reason: rule.reason)
    }
    let modes = valuedRules(named: "mode", in: element) { (value: InterpreterMode, rule) in
      InterpreterModeRule(id: rule.id, mode: value, condition: rule.condition, reason: rule.reason)
    }
    return InterpreterPolicy(
      languageQuestion: QuestionID(element.attribute("language") ?? ""),
      dialectQuestion: element.attribute("dialect").map { QuestionID($0) },
      needRules: needs, modeRules: modes, location: location(element))
  }

  /// The parts every interpreter rule shares.
  struct RuleParts {
    var id: RuleID
    var condition: Condition
    var reason: String
  }

  /// Reads `<NAME id value when><reason/></NAME>` children whose `value` is one of `Value`'s cases.
  private mutating func valuedRules<Value: RawRepresentable, Rule>(
    named name: String, in element: XMLElement, make: (Value, RuleParts) -> Rule
  ) -> [Rule] where Value.RawValue == String {
    element.children(named: name).compactMap { rule in
      let id = rule.attribute("id") ?? ""
      guard let condition = condition("when", of: rule),
        let value = Value(rawValue: rule.attribute("value") ?? "")
      else { return nil }
      let reason = text("reason", of: rule, owner: "rule '\(id)'")
      return make(value, RuleParts(id: RuleID(id), condition: condition, reason: reason))
    }
  }

  mutating func groupingPolicies(_ element: XMLElement?) -> [GroupingPolicy] {
    (element?.children(named: "policy") ?? []).map { policy in
      let id = policy.attribute("id") ?? ""
      let keys = policy.children(named: "key").compactMap { key -> GroupingKey? in
        let weight = key.attribute("weight").flatMap { Int($0) } ?? 1
        let label = key.attribute("label")
        let share = number("min-share", of: key)
        switch (key.attribute("question"), key.attribute("level")) {
        case (let question?, nil):
          return GroupingKey(
            attribute: .answer(QuestionID(question)), weight: weight, label: label,
            minimumShare: share, location: location(key))
        case (nil, "overall"?):
          return GroupingKey(
            attribute: .overallLevel, weight: weight, label: label, minimumShare: share,
            location: location(key))
        case (nil, let dimension?):
          return GroupingKey(
            attribute: .dimensionLevel(DimensionID(dimension)), weight: weight, label: label,
            minimumShare: share, location: location(key))
        default:
          report(.groupingKeyTarget, at: key)
          return nil
        }
      }
      return GroupingPolicy(
        id: PolicyID(id), label: text("label", of: policy, owner: "policy '\(id)'"), keys: keys,
        minimumSize: policy.attribute("min").flatMap { Int($0) } ?? 1,
        maximumSize: policy.attribute("max").flatMap { Int($0) } ?? 1,
        prefersSharedInterpreter: policy.attribute("shared-interpreter") == "prefer",
        targetSize: number("target", of: policy),
        balance: GroupBalance(
          maximumInterpreterLanguages: number("max-interpreter-languages", of: policy),
          bookingWeight: number("interpreter-weight", of: policy) ?? 0,
          maximumLevelSpan: number("max-level-span", of: policy),
          levelSpanWeight: number("level-span-weight", of: policy) ?? 0,
          targetWeight: number("target-weight", of: policy) ?? 1),
        location: location(policy))
    }
  }

  /// The integer value of an attribute the schema has already checked, if present.
  private func number(_ attribute: String, of element: XMLElement) -> Int? {
    element.attribute(attribute).flatMap { Int($0) }
  }

  /// Who may be grouped: the `when` condition of the `<grouping>` element, if any.
  mutating func groupingEligibility(_ element: XMLElement?) -> Condition? {
    element.flatMap { condition("when", of: $0) }
  }

  func tabulations(_ element: XMLElement?) -> [Tabulation] {
    (element?.children(named: "tabulate") ?? []).map { tabulate in
      Tabulation(
        question: QuestionID(tabulate.attribute("question") ?? ""),
        label: tabulate.attribute("label"), location: location(tabulate))
    }
  }
}
