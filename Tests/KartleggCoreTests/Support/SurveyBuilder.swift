import KartleggCore

/// Builds a small intake survey in code, with fixed line numbers, for tests to change and check.
///
/// The line map of the imagined file `intake.xml`:
///
///     3–5    languages nb, ar (rtl), ti
///     8–10   levels beginner, some, experienced
///     12     dimension communication; bands 13–15; gate `cannot-message` 16
///     1      survey
///     18     overall; bands 19–21; weight 22
///     30     section background
///     31     support (single choice): cannot 32, with-help 33, alone 34, helps-others 35
///     36     apps (multiple choice): whatsapp 37, email 38, none 39 (exclusive)
///     40     work.years (number 0–60, whole); constraint 41
///     42     interpreter.language (language)
///     43     notes (text)
///     44     start.date (date)
///     45     other.languages (languages)
///     46–59  free for questions and sections a test adds
///     60–61  channels whatsapp, email; rule `whatsapp-user` 62
///     65     flag no-apps
///     70     interpreter policy; need rule `needs-interpreter` 71; mode rule `screen-far` 72
///     80     grouping policy by-level; keys 81–82
struct SurveyBuilder {
  static let file = "intake.xml"

  var sourceLanguage: LanguageCode = "nb"
  var title = "Digital kartlegging"
  var languages: [Language]
  var levels: [Level]
  var dimensions: [Dimension]
  var overall: OverallLevel
  var sections: [Section]
  var flags: [Flag]
  var channels: ChannelPolicy
  var interpreter: InterpreterPolicy
  var groupingPolicies: [GroupingPolicy]

  init() throws(ExpressionProblem) {
    languages = [
      Self.language("nb", "norsk", script: "Latn", .leftToRight, line: 3),
      Self.language("ar", "arabisk", script: "Arab", .rightToLeft, line: 4),
      Self.language("ti", "tigrinja", script: "Ethi", .leftToRight, line: 5),
    ]
    levels = [
      Level(id: "beginner", label: "Nybegynner", description: "DigComp 1–2", location: Self.at(8)),
      Level(id: "some", label: "Litt erfaren", location: Self.at(9)),
      Level(id: "experienced", label: "Erfaren", location: Self.at(10)),
    ]
    dimensions = [
      Dimension(
        id: "communication", label: "Kommunikasjon", bands: Self.standardBands(from: 13),
        gates: [
          Gate(
            id: "cannot-message", cap: "beginner",
            condition: try Self.condition("support = 'cannot'", line: 16),
            reason: "Kan ikke sende meldinger.")
        ],
        location: Self.at(12))
    ]
    overall = OverallLevel(
      weights: [DimensionWeight(dimension: "communication", weight: 1, location: Self.at(22))],
      bands: Self.standardBands(from: 19), gates: [],
      location: Self.at(18))
    sections = [
      Section(
        id: "background", title: "Bakgrunn",
        questions: [
          Self.singleChoice(
            "support", ["cannot", "with-help", "alone", "helps-others"], line: 31,
            points: true),
          Question(
            id: "apps",
            kind: .multipleChoice(
              [
                Self.option("whatsapp", line: 37),
                Self.option("email", line: 38),
                Self.option("none", line: 39, isExclusive: true),
              ], maxSelections: nil),
            text: "Hvilke apper bruker du?", location: Self.at(36)),
          Question(
            id: "work.years", kind: .number(NumberRange(minimum: 0, maximum: 60, isInteger: true)),
            text: "Hvor mange år har du jobbet?",
            constraints: [
              Constraint(test: try Self.condition(". <= 60", line: 41), message: "Høyst 60 år.")
            ],
            location: Self.at(40)),
          Question(
            id: "interpreter.language", kind: .language(multiple: false),
            text: "Hvilket språk vil du ha tolk på?", location: Self.at(42)),
          Question(
            id: "notes", kind: .text(maxLength: 200), text: "Notater", location: Self.at(43)),
          Question(
            id: "start.date",
            kind: .date(DateRange(earliest: CalendarDate(iso: "2000-01-01"), latest: nil)),
            text: "Når startet du?", location: Self.at(44)),
          Question(
            id: "other.languages", kind: .language(multiple: true),
            text: "Hvilke andre språk snakker du?", location: Self.at(45)),
        ],
        location: Self.at(30))
    ]
    flags = [
      Flag(
        id: "no-apps", label: "Bruker ingen apper",
        condition: try Self.condition("'none' in apps", line: 65), location: Self.at(65))
    ]
    channels = ChannelPolicy(
      channels: [
        Channel(id: "whatsapp", label: "WhatsApp", servesGroups: false, location: Self.at(60)),
        Channel(id: "email", label: "E-post", servesGroups: true, location: Self.at(61)),
      ],
      rules: [
        ChannelRule(
          id: "whatsapp-user", channel: "whatsapp",
          condition: try Self.condition("'whatsapp' in apps", line: 62),
          reason: "Bruker WhatsApp.")
      ])
    interpreter = InterpreterPolicy(
      languageQuestion: "interpreter.language", dialectQuestion: nil,
      needRules: [
        InterpreterNeedRule(
          id: "needs-interpreter", need: .needed,
          condition: try Self.condition("interpreter.language != 'nb'", line: 71),
          reason: "Snakker ikke norsk.")
      ],
      modeRules: [
        InterpreterModeRule(
          id: "screen-far", mode: .screen,
          condition: try Self.condition("interpreter.language = 'ti'", line: 72),
          reason: "Få tolker i nærheten.")
      ],
      location: Self.at(70))
    groupingPolicies = [
      GroupingPolicy(
        id: "by-level", label: "Etter nivå",
        keys: [
          GroupingKey(attribute: .overallLevel, weight: 2, location: Self.at(81)),
          GroupingKey(
            attribute: .answer("interpreter.language"), weight: 1, location: Self.at(82)),
        ],
        minimumSize: 3, maximumSize: 8, prefersSharedInterpreter: true, location: Self.at(80))
    ]
  }

  /// The survey as built so far.
  var survey: Survey {
    Survey(
      id: "digital-intake", version: "1", sourceLanguage: sourceLanguage, title: title,
      languages: languages, levels: levels, dimensions: dimensions, overall: overall,
      sections: sections, flags: flags, channels: channels, interpreter: interpreter,
      groupingPolicies: groupingPolicies, location: Self.at(1))
  }

  /// Every question of the survey.
  var questions: [Question] { survey.questions }

  /// Adds a question at the end of the first section.
  mutating func add(_ question: Question) {
    sections[0].questions.append(question)
  }

  /// Replaces the relevance condition of a question in the first section.
  mutating func setRelevance(
    of id: QuestionID, to source: String, line: Int
  ) throws(ExpressionProblem) {
    let condition = try Self.condition(source, line: line)
    for index in sections[0].questions.indices where sections[0].questions[index].id == id {
      sections[0].questions[index].relevance = condition
    }
  }

  // MARK: - Parts

  static func at(_ line: Int) -> DocumentLocation {
    DocumentLocation(file: file, line: line)
  }

  static func condition(_ source: String, line: Int) throws(ExpressionProblem) -> Condition {
    Condition(source: source, expression: try ExpressionParser().parse(source), location: at(line))
  }

  static func language(
    _ code: LanguageCode, _ name: String, script: String, _ direction: TextDirection, line: Int
  ) -> Language {
    Language(
      code: code, nativeName: name, name: name, script: script, direction: direction,
      location: at(line))
  }

  static func band(_ level: LevelID, _ minimum: Int, _ maximum: Int, line: Int) -> LevelBand {
    LevelBand(level: level, minimum: minimum, maximum: maximum, location: at(line))
  }

  /// Bands beginner 0–39, some 40–69 and experienced 70–100 on three lines from `line`.
  static func standardBands(from line: Int) -> [LevelBand] {
    [
      band("beginner", 0, 39, line: line),
      band("some", 40, 69, line: line + 1),
      band("experienced", 70, 100, line: line + 2),
    ]
  }

  static func option(
    _ value: OptionValue, line: Int, points: [DimensionPoints] = [], isExclusive: Bool = false
  ) -> AnswerOption {
    AnswerOption(
      value: value, label: "Svar \(value)", points: points, isExclusive: isExclusive,
      location: at(line))
  }

  /// A single-choice question on `line` with its options on the lines after it; with `points`,
  /// option n gives n points in communication.
  static func singleChoice(
    _ id: QuestionID, _ values: [OptionValue], line: Int, points: Bool = false,
    relevance: Condition? = nil
  ) -> Question {
    let options = values.enumerated().map { index, value in
      let given =
        points
        ? [
          DimensionPoints(dimension: "communication", points: index, location: at(line + 1 + index))
        ]
        : []
      return option(value, line: line + 1 + index, points: given)
    }
    return Question(
      id: id, kind: .singleChoice(options), text: "Spørsmål \(id)", relevance: relevance,
      location: at(line))
  }

  /// A free-text question.
  static func text(_ id: QuestionID, line: Int, relevance: Condition? = nil) -> Question {
    Question(
      id: id, kind: .text(maxLength: 100), text: "Spørsmål \(id)", relevance: relevance,
      location: at(line))
  }
}

extension SurveyBuilder {
  /// Adds a free-text question at the end of the first section.
  mutating func addText(
    _ id: QuestionID, line: Int, relevance: String? = nil
  ) throws(ExpressionProblem) {
    let condition = try relevance.map { source throws(ExpressionProblem) in
      try Self.condition(source, line: line)
    }
    add(Self.text(id, line: line, relevance: condition))
  }

  /// Adds a section after the others, holding free-text questions on the lines after it.
  mutating func addSection(
    _ id: SectionID, line: Int, relevance: String?, questions: [(QuestionID, String?)]
  ) throws(ExpressionProblem) {
    var built: [Question] = []
    for (index, (question, source)) in questions.enumerated() {
      let questionLine = line + 1 + index
      let condition = try source.map { source throws(ExpressionProblem) in
        try Self.condition(source, line: questionLine)
      }
      built.append(Self.text(question, line: questionLine, relevance: condition))
    }
    let condition = try relevance.map { source throws(ExpressionProblem) in
      try Self.condition(source, line: line)
    }
    sections.append(
      Section(
        id: id, title: "Del \(id)", relevance: condition, questions: built, location: Self.at(line))
    )
  }
}
