import KartleggCore

/// Answer sets over the standard survey, built in code: a complete baseline and changes to it.
enum StandardAnswers {
  /// The ten skill questions, in the survey's order.
  static let skills: [QuestionID] = [
    "skill.wifi", "skill.message", "skill.video_call", "skill.find_info", "skill.online_form",
    "skill.email_attachment", "skill.bankid_login", "skill.scam", "skill.photo_document",
    "skill.teams_meeting",
  ]

  /// The skill scale, lowest first.
  static let scale: [OptionValue] = ["cannot", "with-help", "alone", "helps-others"]

  /// A complete intake that raises no flag: Norwegian B1, no interpreter, own smartphone and PC,
  /// broadband, WhatsApp every day, e-mail and Teams, BankID, and every skill at 'helps-others'.
  static let baseline: AnswerSet = [
    "consent.informed": .choice("yes"),
    "consent.language": .language("en"),
    "background.programme": .choice("intro"),
    "background.goal": .choice("work"),
    "background.industry": .choice("logistics"),
    "background.work_years": .number(5),
    "background.work_industry": .choices(["logistics"]),
    "background.school_years": .number(12),
    "background.education": .choice("secondary"),
    "background.literacy": .choice("well"),
    "background.norwegian": .choice("b1"),
    "background.languages": .languages(["en"]),
    "device.smartphone": .choice("own"),
    "device.pc": .choice("own"),
    "device.tablet": .choice("none"),
    "device.internet_home": .choice("broadband"),
    "device.data_limit": .choice("unlimited"),
    "habits.phone_frequency": .choice("daily"),
    "habits.pc_frequency": .choice("daily"),
    "habits.purposes": .choices(["messages"]),
    "apps.used": .choices(["whatsapp", "email", "teams"]),
    "habits.whatsapp_frequency": .choice("daily"),
    "services.bankid": .choice("yes"),
    "services.digipost": .choice("yes"),
    "services.used": .choices(["idporten"]),
    "skill.wifi": .choice("helps-others"),
    "skill.message": .choice("helps-others"),
    "skill.video_call": .choice("helps-others"),
    "skill.find_info": .choice("helps-others"),
    "skill.online_form": .choice("helps-others"),
    "skill.email_attachment": .choice("helps-others"),
    "skill.bankid_login": .choice("helps-others"),
    "skill.scam": .choice("helps-others"),
    "skill.photo_document": .choice("helps-others"),
    "skill.teams_meeting": .choice("helps-others"),
    "contact.preferred": .choice("whatsapp"),
    "contact.info_language": .language("en"),
    "contact.info_format": .choices(["text"]),
    "interpreter.needed": .choice("no"),
  ]

  /// The baseline with some answers changed (`nil` removes one), then every answer to a question
  /// that no longer applies dropped, walking the survey in order.
  static func changed(
    _ changes: [QuestionID: Answer?], in survey: Survey, from base: AnswerSet = baseline
  ) -> AnswerSet {
    var answers = base
    for (question, answer) in changes { answers[question] = answer }
    return relevant(answers, in: survey)
  }

  /// The baseline with the ten skills set, lowest to highest 0–3, in the order of ``skills``.
  static func skilled(_ levels: [Int], in survey: Survey, from base: AnswerSet = baseline)
    -> AnswerSet
  {
    var changes: [QuestionID: Answer?] = [:]
    for (question, level) in zip(skills, levels) { changes[question] = .choice(scale[level]) }
    return changed(changes, in: survey, from: base)
  }

  /// Only the answers to questions that apply, deciding relevance in the survey's order.
  static func relevant(_ answers: AnswerSet, in survey: Survey) -> AnswerSet {
    let assessor = Assessor(survey: survey)
    var kept: AnswerSet = [:]
    for section in survey.sections {
      for question in section.questions {
        guard let answer = answers[question.id], assessor.applies(question, in: section, kept)
        else { continue }
        kept[question.id] = answer
      }
    }
    return kept
  }
}

extension Identifier where Tag == LevelTag {
  static var beginner: Self { "beginner" }
  static var some: Self { "some" }
  static var experienced: Self { "experienced" }
}

extension Assessment {
  /// The level of one dimension.
  func level(_ dimension: DimensionID) -> LevelID? {
    dimensions.first { $0.dimension == dimension }?.decision.level
  }

  /// The score of one dimension.
  func score(_ dimension: DimensionID) -> DimensionScore? {
    dimensions.first { $0.dimension == dimension }
  }
}
