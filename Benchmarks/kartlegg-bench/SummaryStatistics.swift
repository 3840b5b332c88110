import KartleggCore

/// Labels that are the keys themselves: the benchmark times counting, not translation.
struct KeyLabels: SummaryLabelling {
  func title(of topic: SummaryTopic) -> String { topic.id }
  func label(of key: String, in topic: SummaryTopic) -> String { key }
}

/// One participant's summary facts from their answers and assessment.
func summaryFacts(_ answers: AnswerSet, _ assessment: Assessment, survey: Survey)
  -> ParticipantFacts
{
  var levels: [DimensionID: LevelID] = [:]
  for score in assessment.dimensions {
    if let level = score.decision.level { levels[score.dimension] = level }
  }
  let assessed = AssessedFacts(
    overallLevel: assessment.overall.decision.level, dimensionLevels: levels,
    channel: assessment.channel.primary?.channel, interpreterNeed: assessment.interpreter.need,
    interpreterLanguage: assessment.interpreter.language,
    interpreterMode: assessment.interpreter.mode, flags: assessment.flags)
  var tabulated: [QuestionID: Answer] = [:]
  for tabulation in survey.tabulations {
    if let answer = answers[tabulation.question] { tabulated[tabulation.question] = answer }
  }
  return ParticipantFacts(stage: .complete, assessment: assessed, answers: tabulated)
}

/// The whole in-memory summary: tally, tables and disclosure control.
func summarize(_ facts: [ParticipantFacts], survey: Survey) -> CohortSummary {
  var tally = CohortTally()
  for participant in facts { tally.add(participant) }
  guard let control = DisclosureControl(minimumCell: 5) else {
    preconditionFailure("5 is above the lowest threshold")
  }
  return CohortStatistics(survey: survey, labelling: KeyLabels()).summary(
    of: tally, cohort: "bench", isSynthetic: true, control: control)
}
