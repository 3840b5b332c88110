import Foundation
import KartleggCore

/// An adviser's decision to replace an assessed value, with the reason.
public struct Override: Hashable, Sendable {
  /// The part overridden.
  public var part: ResultPart
  /// The assessed value it replaces, if there was one.
  public var assessed: String?
  /// The value the adviser chose.
  public var chosen: String
  /// Why.
  public var reason: String
  /// Who decided.
  public var adviser: String
  /// When.
  public var madeAt: Date

  /// Creates an override.
  ///
  /// - Parameters:
  ///   - part: The part overridden.
  ///   - assessed: The value it replaces.
  ///   - chosen: The chosen value.
  ///   - reason: Why.
  ///   - adviser: Who decided.
  ///   - madeAt: When.
  public init(
    part: ResultPart, assessed: String?, chosen: String, reason: String, adviser: String,
    madeAt: Date
  ) {
    self.part = part
    self.assessed = assessed
    self.chosen = chosen
    self.reason = reason
    self.adviser = adviser
    self.madeAt = madeAt
  }
}
