import KartleggCore

/// A synthetic cohort shaped like the held-out one: 52 people, 48 informed about storage
/// and 4 not, 32 needing an interpreter in five languages, 4 with only a basic phone (reached by
/// SMS). Industries, goals, levels and languages are drawn from a seed; a language community
/// leans towards one industry (half of its members), as cohorts do.
struct HeldOutShapeCohort {
  static let industries = ["care", "cleaning", "logistics", "food", "retail_service"]
  static let industryWeights = [30, 25, 20, 15, 10]
  static let languages: [LanguageCode] = ["ti", "ar", "prs", "so", "uk"]

  var members: [CohortMember] = []

  init(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    func pick(_ weights: [Int]) -> Int {
      var roll = Int(random.next() % UInt64(weights.reduce(0, +)))
      for (index, weight) in weights.enumerated() {
        if roll < weight { return index }
        roll -= weight
      }
      return weights.count - 1
    }
    // 32 interpreter needs over five languages, at least three each.
    var needs = Array(repeating: 3, count: 5)
    for _ in 0..<17 { needs[pick([30, 25, 20, 15, 10])] += 1 }
    var languageOf: [LanguageCode?] = needs.enumerated().flatMap { language, count in
      Array(repeating: Self.languages[language], count: count)
    }
    languageOf += Array(repeating: nil, count: 16)
    let leaning = (0..<5).map { _ in Int(random.next() % 5) }
    for index in 0..<52 {
      let informed = index < 48
      let language = informed ? languageOf[index] : nil
      let community = language.flatMap { Self.languages.firstIndex(of: $0) }
      let industry =
        community.map { random.next() % 2 == 0 ? leaning[$0] : pick(Self.industryWeights) }
        ?? pick(Self.industryWeights)
      let goal = ["work", "work", "work", "education", "other"][Int(random.next() % 5)]
      let level: LevelID = ["beginner", "beginner", "some", "some", "experienced"][
        Int(random.next() % 5)]
      let basicPhone = informed && index % 12 == 5
      var answers: AnswerSet = [
        "consent.informed": .choice(informed ? "yes" : "no"),
        "background.industry": .choice(OptionValue(Self.industries[industry])),
        "background.goal": .choice(OptionValue(goal)),
      ]
      if let language { answers["interpreter.language"] = .language(language) }
      members.append(
        CohortMember(
          id: "p\(100 + index)", answers: answers,
          overallLevel: informed || index % 2 == 0 ? level : nil,
          channel: Self.channel(basicPhone: basicPhone, index: index),
          interpreterLanguage: language))
    }
    var order = Array(members.indices)
    for position in order.indices.reversed() {
      order.swapAt(position, Int(random.next() % UInt64(position + 1)))
    }
    members = order.map { members[$0] }
  }

  /// WhatsApp for most, Teams or SMS as primary for some, SMS and a call for a basic phone; in
  /// person reaches everyone (the survey's catch-all rule).
  private static func channel(basicPhone: Bool, index: Int) -> ChannelRecommendation {
    if basicPhone {
      return ChannelRecommendation(
        primary: ChannelChoice(channel: "sms", rule: "sms-no-smartphone"),
        fallback: ChannelChoice(channel: "phone", rule: "phone-no-smartphone"),
        reachable: ["sms", "phone", "in-person"])
    }
    let primary: ChannelID = index % 9 == 0 ? "teams" : index % 7 == 0 ? "sms" : "whatsapp"
    let reachable: [ChannelID] =
      primary == "teams"
      ? ["teams", "whatsapp", "sms", "in-person"]
      : primary == "sms" ? ["sms", "whatsapp", "in-person"] : ["whatsapp", "sms", "in-person"]
    return ChannelRecommendation(
      primary: ChannelChoice(channel: primary, rule: RuleID("r-\(primary)")),
      fallback: ChannelChoice(channel: reachable[1], rule: RuleID("r-\(reachable[1])")),
      reachable: reachable)
  }
}
