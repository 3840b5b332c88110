/// How far apart the people behind two summaries are, and whether a new shared summary is too
/// close to an earlier one (differencing: subtracting one from the other would describe the few
/// people who changed).
///
/// Each population maps a participant to a fingerprint of what they contribute. The difference
/// counts the people in one and not the other, and the people in both whose fingerprint changed.
/// Identical populations publish identical figures and are always fine; otherwise the new
/// release must differ from *every* earlier one by at least the threshold.
public enum PopulationDifference {
  /// The number of people whose contribution differs between two populations.
  ///
  /// - Parameters:
  ///   - first: One population.
  ///   - second: The other.
  /// - Returns: People in only one of them, plus people in both with a different fingerprint.
  public static func size(
    _ first: [ParticipantID: String], _ second: [ParticipantID: String]
  ) -> Int {
    var count = 0
    for (participant, contribution) in first where second[participant] != contribution {
      count += 1
    }
    for participant in second.keys where first[participant] == nil { count += 1 }
    return count
  }

  /// The first earlier population the new one differs from by 1 to `threshold − 1` people.
  ///
  /// - Parameters:
  ///   - population: The new release's population.
  ///   - earlier: Earlier releases' populations, oldest first.
  ///   - threshold: The smallest difference allowed (the disclosure threshold k).
  /// - Returns: The earlier release's position and the difference, or `nil` when none conflicts.
  public static func conflict(
    of population: [ParticipantID: String], with earlier: [[ParticipantID: String]],
    threshold: Int
  ) -> (index: Int, difference: Int)? {
    for (index, release) in earlier.enumerated() {
      let difference = size(population, release)
      if difference > 0 && difference < threshold { return (index, difference) }
    }
    return nil
  }
}
