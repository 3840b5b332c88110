import Foundation
import KartleggCore

/// A stored result: the assessment, the overrides and whether it was accepted.
public struct StoredResult: Hashable, Sendable {
  /// What the assessment concluded.
  public var assessed: AssessedResult
  /// The adviser's overrides, oldest first.
  public var overrides: [Override]
  /// Who accepted it, when it was accepted.
  public var acceptedBy: String?
  /// When it was accepted.
  public var acceptedAt: Date?

  /// The value in force for a part: the latest override, else the assessed value.
  ///
  /// - Parameter part: The part.
  /// - Returns: Its value, if any.
  public func value(of part: ResultPart) -> String? {
    valuesInForce[part]
  }

  /// Every part's value in force (``ResultValues/inForce(assessed:overrides:)``).
  public var valuesInForce: [ResultPart: String] {
    ResultValues.inForce(
      assessed: assessed.values, overrides: overrides.map { (part: $0.part, chosen: $0.chosen) })
  }
}
