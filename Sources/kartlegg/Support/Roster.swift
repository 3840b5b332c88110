import KartleggCore

/// A roster file for `groups suggest --roster`, read by KartleggCore's streaming
/// ``RosterReader``.
struct Roster {
  /// One participant.
  typealias Row = RosterReader.Row

  /// The participants, in file order.
  var rows: [Row]

  /// Every problem found in a roster file, in line order.
  struct Problems: Error {
    var all: [(line: Int, message: String)]
  }

  /// Reads a roster.
  ///
  /// - Throws: ``Problems`` with every bad row, not only the first.
  static func read(_ bytes: [UInt8]) throws(Problems) -> Roster {
    do {
      return Roster(rows: try RosterReader().read(bytes))
    } catch {
      throw Problems(all: error.problems.map { ($0.line, $0.message) })
    }
  }
}
