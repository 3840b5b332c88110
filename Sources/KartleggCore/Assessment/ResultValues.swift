/// The values of an assessed result, part by part: which parts of an assessment are kept, and
/// which value is in force once an adviser has overridden some.
public enum ResultValues {
  /// The parts of an assessment that are kept and may be overridden: the overall and dimension
  /// levels, the primary channel, and the interpreter need, language and mode. A part without a
  /// value is absent.
  ///
  /// - Parameter assessment: The assessment.
  /// - Returns: Each part's value.
  public static func kept(from assessment: Assessment) -> [AssessedPart: String] {
    var values: [AssessedPart: String] = [:]
    values[.overallLevel] = assessment.overall.decision.level?.rawValue
    for score in assessment.dimensions {
      values[.dimensionLevel(score.dimension)] = score.decision.level?.rawValue
    }
    values[.channel] = assessment.channel.primary?.channel.rawValue
    values[.interpreterNeed] = assessment.interpreter.need.rawValue
    values[.interpreterLanguage] = assessment.interpreter.language?.rawValue
    values[.interpreterMode] = assessment.interpreter.mode?.rawValue
    return values
  }

  /// Whether any level of an assessment rests on an incomplete intake.
  ///
  /// - Parameter assessment: The assessment.
  /// - Returns: `true` when the overall or a dimension's level is provisional.
  public static func isProvisional(_ assessment: Assessment) -> Bool {
    assessment.overall.decision.isProvisional
      || assessment.dimensions.contains { $0.decision.isProvisional }
  }

  /// The values in force: the adviser's override wins over the assessment, and of several
  /// overrides of one part the latest wins.
  ///
  /// - Parameters:
  ///   - assessed: The assessed value of each part.
  ///   - overrides: The overrides, oldest first.
  /// - Returns: Each part's value in force.
  public static func inForce(
    assessed: [AssessedPart: String], overrides: [(part: AssessedPart, chosen: String)]
  ) -> [AssessedPart: String] {
    var values = assessed
    for override in overrides { values[override.part] = override.chosen }
    return values
  }
}
