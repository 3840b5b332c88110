/// Checks that each set of level bands covers 0–100 exactly once.
enum BandCheck {
  static func problems(in survey: Survey) -> [SurveyProblem] {
    var problems: [SurveyProblem] = []
    for dimension in survey.dimensions {
      problems += check(dimension.bands, owner: dimension.location)
    }
    problems += check(survey.overall.bands, owner: survey.overall.location)
    return problems
  }

  private static func check(_ bands: [LevelBand], owner: DocumentLocation) -> [SurveyProblem] {
    var problems: [SurveyProblem] = []
    var ordered: [LevelBand] = []
    for band in bands {
      if band.minimum > band.maximum {
        problems.append(
          SurveyProblem(
            .rangeInverted(minimum: String(band.minimum), maximum: String(band.maximum)),
            at: band.location))
      } else {
        ordered.append(band)
      }
    }
    ordered.sort { ($0.minimum, $0.maximum) < ($1.minimum, $1.maximum) }
    guard let first = ordered.first, let last = ordered.last else { return problems }
    if first.minimum > 0 {
      problems.append(SurveyProblem(.bandsStartAbove(first.minimum), at: first.location))
    }
    var reach = first
    for band in ordered.dropFirst() {
      if band.minimum <= reach.maximum {
        problems.append(
          SurveyProblem(.bandsOverlap(reach.level, band.level, at: band.minimum), at: band.location)
        )
      } else if band.minimum > reach.maximum + 1 {
        problems.append(
          SurveyProblem(.bandsGap(from: reach.maximum + 1, to: band.minimum - 1), at: band.location)
        )
      }
      if band.maximum > reach.maximum { reach = band }
    }
    if reach.maximum < 100 {
      problems.append(SurveyProblem(.bandsEndBelow(reach.maximum), at: last.location))
    }
    return problems
  }
}
