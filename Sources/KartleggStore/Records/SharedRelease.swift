import Foundation
import KartleggCore

/// A cohort summary shared outside the programme, as recorded: who counted in it, so that a
/// later release can be compared with it person by person.
public struct SharedRelease: Hashable, Sendable {
  /// A hash of the whole population: equal hashes mean the same people with the same data.
  public var populationHash: String
  /// What each participant counted contributed: a hash of their latest intake's state.
  public var contributions: [ParticipantID: String]
  /// The threshold the release was made with.
  public var minimumCell: Int
  /// When it was made.
  public var releasedAt: Date
  /// Who made it.
  public var actor: String

  /// Creates a release record.
  ///
  /// - Parameters:
  ///   - populationHash: The population's hash.
  ///   - contributions: Each participant's contribution hash.
  ///   - minimumCell: The threshold.
  ///   - releasedAt: When.
  ///   - actor: Who.
  public init(
    populationHash: String, contributions: [ParticipantID: String], minimumCell: Int,
    releasedAt: Date, actor: String
  ) {
    self.populationHash = populationHash
    self.contributions = contributions
    self.minimumCell = minimumCell
    self.releasedAt = releasedAt
    self.actor = actor
  }
}
