/// Finds the known name closest to a misspelt one, for "did you mean" hints.
public enum Suggestion {
  /// The candidate nearest to `name` by edit distance, if it is near enough to be a likely typo.
  ///
  /// - Parameters:
  ///   - name: The name as written.
  ///   - candidates: The names that exist.
  /// - Returns: The closest candidate within a third of the name's length (at least 2 edits),
  ///   or `nil`. Ties go to the candidate that sorts first.
  /// - Complexity: O(c · m²) for c candidates of length m: a candidate whose length differs
  ///   from the name's by more than the limit cannot be near enough and is skipped, so a huge
  ///   name costs only its length.
  public static func closest(to name: String, among candidates: [String]) -> String? {
    let nameLength = name.count
    let limit = max(2, nameLength / 3)
    var best: (distance: Int, candidate: String)?
    var characters: [Character]?
    for candidate in candidates.sorted() where candidate != name {
      guard abs(candidate.count - nameLength) <= limit else { continue }
      let written = characters ?? Array(name)
      characters = written
      let distance = editDistance(written, Array(candidate))
      if distance <= limit, distance < (best?.distance ?? Int.max) {
        best = (distance, candidate)
      }
    }
    return best?.candidate
  }

  private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
      var current = [i + 1] + Array(repeating: 0, count: b.count)
      for (j, y) in b.enumerated() {
        current[j + 1] = Swift.min(
          previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
