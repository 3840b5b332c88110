import KartleggCore
import Testing

/// Labels that are the keys, so tests read counts by key.
struct KeyLabels: SummaryLabelling {
  func title(of topic: SummaryTopic) -> String { topic.id }
  func label(of key: String, in topic: SummaryTopic) -> String { key }
}

@Suite struct CohortStatisticsTests {
  /// The builder's survey with three tabulations: single choice, multiple choice, language.
  static func survey() throws -> Survey {
    var survey = try SurveyBuilder().survey
    survey.tabulations = ["support", "apps", "interpreter.language"].map {
      Tabulation(question: QuestionID($0), location: SurveyBuilder.at(90))
    }
    return survey
  }

  static func assessed(
    _ level: LevelID?, channel: ChannelID? = "whatsapp", need: InterpreterNeed = .notNeeded,
    language: LanguageCode? = nil, mode: InterpreterMode? = nil, flags: [FlagID] = [],
    overridden: Set<AssessedPart> = [], answers: [QuestionID: Answer] = [:]
  ) -> ParticipantFacts {
    ParticipantFacts(
      stage: .complete,
      assessment: AssessedFacts(
        overallLevel: level, dimensionLevels: level.map { ["communication": $0] } ?? [:],
        channel: channel, interpreterNeed: need, interpreterLanguage: language,
        interpreterMode: mode, flags: flags, overriddenParts: overridden),
      answers: answers)
  }

  /// 15 participants: 2 not started, 1 in progress, 12 assessed.
  static func cohort() -> [ParticipantFacts] {
    var facts = [
      ParticipantFacts(stage: .notStarted), ParticipantFacts(stage: .notStarted),
      ParticipantFacts(stage: .inProgress, answers: ["support": .choice("alone")]),
    ]
    let levels: [LevelID?] = [
      "beginner", "beginner", "beginner", "beginner", "beginner", "some", "some", "some", "some",
      "experienced", "experienced", nil,
    ]
    for (index, level) in levels.enumerated() {
      let needs = index < 6
      facts.append(
        assessed(
          level, channel: index < 8 ? "whatsapp" : index < 11 ? "email" : nil,
          need: needs ? .needed : index < 11 ? .notNeeded : .assess,
          language: needs ? (index < 3 ? "ti" : "ar") : nil,
          mode: needs ? (index < 4 ? .screen : .phone) : nil,
          flags: index < 4 ? ["no-apps"] : [],
          overridden: index < 2 ? [.overallLevel] : [],
          answers: [
            "support": .choice(index < 3 ? "cannot" : "alone"),
            "apps": .choices(index < 4 ? ["whatsapp", "email"] : ["whatsapp"]),
            "interpreter.language": .language(index < 7 ? "ti" : "nb"),
          ]))
    }
    facts[14].answers["apps"] = nil
    return facts
  }

  static func tally(_ facts: [ParticipantFacts]) -> CohortTally {
    var tally = CohortTally()
    for participant in facts { tally.add(participant) }
    return tally
  }

  static func counts(_ table: CountedTable) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: table.rows.map { ($0.key, $0.count) })
  }

  @Test func countsEveryTableFromFacts() throws {
    let statistics = CohortStatistics(survey: try Self.survey(), labelling: KeyLabels())
    let tables = Dictionary(
      uniqueKeysWithValues: statistics.countedTables(Self.tally(Self.cohort())).map { ($0.id, $0) })
    #expect(
      Array(tables.keys).sorted() == [
        "answers.apps", "answers.interpreter.language", "answers.support", "channels", "flags",
        "interpreter.language", "interpreter.mode", "interpreter.need",
        "levels.dimension.communication",
        "levels.overall", "overrides", "participants.status",
      ])
    let status = try #require(tables["participants.status"])
    #expect(status.rows.map(\.count) == [2, 1, 0, 12, 0])
    #expect(status.total == 15)
    let overall = try #require(tables["levels.overall"])
    #expect(overall.rows.map(\.key) == ["beginner", "some", "experienced", "not-recorded"])
    #expect(overall.rows.map(\.count) == [5, 4, 2, 1])
    #expect(overall.total == 12)
    #expect(
      Self.counts(try #require(tables["channels"])) == [
        "whatsapp": 8, "email": 3, "not-recorded": 1,
      ])
    #expect(Self.counts(try #require(tables["flags"])) == ["no-apps": 4])
    #expect(tables["flags"]?.kind == .multipleResponse)
    #expect(
      Self.counts(try #require(tables["interpreter.need"]))
        == ["needed": 6, "not-needed": 5, "assess": 1, "not-recorded": 0])
    let languages = try #require(tables["interpreter.language"])
    #expect(languages.rows.map(\.key) == ["ar", "ti", "not-recorded"])
    #expect(languages.rows.map(\.count) == [3, 3, 0])
    #expect(languages.total == 6)
    #expect(
      Self.counts(try #require(tables["interpreter.mode"]))
        == ["in-person": 0, "phone": 2, "screen": 4, "not-recorded": 0])
    #expect(
      Self.counts(try #require(tables["answers.support"]))
        == ["cannot": 3, "with-help": 0, "alone": 9, "helps-others": 0, "not-recorded": 0])
    let apps = try #require(tables["answers.apps"])
    #expect(apps.kind == .multipleResponse)
    #expect(Self.counts(apps) == ["whatsapp": 11, "email": 4, "none": 0, "not-recorded": 1])
    #expect(
      Self.counts(try #require(tables["answers.interpreter.language"]))
        == ["nb": 5, "ti": 7, "not-recorded": 0])
    let overrides = try #require(tables["overrides"])
    #expect(overrides.rows.first { $0.key == "overall-level" }?.count == 2)
    #expect(overrides.rows.first { $0.key == "channel" }?.count == 0)
  }

  @Test func partitionsAddUpToTheirTotals() throws {
    let statistics = CohortStatistics(survey: try Self.survey(), labelling: KeyLabels())
    for table in statistics.countedTables(Self.tally(Self.cohort())) where table.kind == .partition
    {
      #expect(table.rows.reduce(0) { $0 + $1.count } == table.total, "\(table.id)")
    }
  }

  @Test(arguments: [3, 4, 5])
  func showsNoSmallCountAnywhere(minimumCell: Int) throws {
    let control = try #require(DisclosureControl(minimumCell: minimumCell))
    let summary = CohortStatistics(survey: try Self.survey(), labelling: KeyLabels()).summary(
      of: Self.tally(Self.cohort()), cohort: "Vår", isSynthetic: false, control: control)
    for table in summary.tables {
      for count in table.rows.map(\.count) + [table.total] {
        if let value = count.value { #expect(!(1..<minimumCell).contains(value), "\(table.id)") }
      }
    }
  }

  @Test func hidesTheCohortSizeWhenTheAssessedAreFew() throws {
    var facts = (0..<8).map { _ in ParticipantFacts(stage: .inProgress) }
    facts += [Self.assessed("some"), Self.assessed("some")]
    let control = try #require(DisclosureControl(minimumCell: 5))
    let summary = CohortStatistics(survey: try Self.survey(), labelling: KeyLabels()).summary(
      of: Self.tally(facts), cohort: "Vår", isSynthetic: false, control: control)
    let status = try #require(summary.tables.first)
    #expect(status.rows.map(\.count) == [.shown(0), .shown(8), .shown(0), .hidden, .shown(0)])
    #expect(status.total == .hidden)
    #expect(summary.participants == .hidden)
    #expect(summary.tables[1].total == .hidden)
  }

  @Test func hidesInterpreterLanguagesWhenTheNumberNeedingOneIsHidden() throws {
    var facts = (0..<6).map { _ in Self.assessed("some", need: .notNeeded) }
    facts += (0..<6).map { _ in Self.assessed("some", need: .needed, language: "ti", mode: .screen)
    }
    facts.append(Self.assessed("some", need: .assess))
    let control = try #require(DisclosureControl(minimumCell: 5))
    let summary = CohortStatistics(survey: try Self.survey(), labelling: KeyLabels()).summary(
      of: Self.tally(facts), cohort: "Vår", isSynthetic: false, control: control)
    let need = try #require(summary.tables.first { $0.id == "interpreter.need" })
    #expect(need.rows.first { $0.key == "needed" }?.count == .hidden)
    let language = try #require(summary.tables.first { $0.id == "interpreter.language" })
    #expect(language.total == .hidden)
    #expect(language.rows.allSatisfy { $0.count == .hidden })
  }
}
