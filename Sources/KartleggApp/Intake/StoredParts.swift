import KartleggCore
import KartleggStore

/// An assessment as the store keeps it: the parts ``ResultValues/kept(from:)`` names, the
/// flags, whether it is provisional, and its completeness.
public enum StoredParts {
  /// The stored form of an assessment.
  ///
  /// - Parameter assessment: The assessment.
  /// - Returns: What the store keeps.
  public static func of(_ assessment: Assessment) -> AssessedResult {
    AssessedResult(
      values: ResultValues.kept(from: assessment), flags: assessment.flags,
      isProvisional: ResultValues.isProvisional(assessment),
      completeness: assessment.completeness.fraction)
  }
}
