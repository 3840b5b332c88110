import Crypto
import Foundation
import KartleggCore
import KartleggReport
import KartleggStore

/// The population of a shared summary: each participant counted, with a hash of what they
/// contribute (their latest intake's state and their group), and one hash over all of them.
struct SummaryPopulation {
  let contributions: [ParticipantID: String]
  let hash: String

  /// - Parameters:
  ///   - states: Each participant's intake state, as the store read it with the counts.
  ///   - groups: Each grouped participant's group in the plan the summary shows.
  init(states: [ParticipantID: String], groups: [ParticipantID: String]) {
    var contributions: [ParticipantID: String] = [:]
    for (participant, state) in states {
      let text = [participant.rawValue, state, groups[participant] ?? ""].joined(separator: "\n")
      contributions[participant] = String(
        SurveyHash.hex(SHA256.hash(data: Array(text.utf8))).prefix(32))
    }
    let lines = contributions.sorted { $0.key.rawValue < $1.key.rawValue }
      .map { "\($0.key.rawValue)=\($0.value)\n" }.joined()
    self.contributions = contributions
    self.hash = "sha256:" + SurveyHash.hex(SHA256.hash(data: Array(lines.utf8)))
  }

  /// Records the release, or refuses it when it differs from an earlier shared release of the
  /// cohort by fewer people than the threshold (``PopulationDifference``).
  func release(
    cohort: String, minimumCell: Int, store: any KartleggStorage, actor: String, at date: Date
  ) throws {
    let release = SharedRelease(
      populationHash: hash, contributions: contributions, minimumCell: minimumCell,
      releasedAt: date, actor: actor)
    try store.recordSharedRelease(release, cohort: cohort) { earlier in
      guard
        let conflict = PopulationDifference.conflict(
          of: contributions, with: earlier.map(\.contributions), threshold: minimumCell)
      else { return }
      throw AppError(
        .dataError, "summary.shared.too-close",
        LocalTime.text(earlier[conflict.index].releasedAt), conflict.difference, minimumCell)
    }
  }
}
