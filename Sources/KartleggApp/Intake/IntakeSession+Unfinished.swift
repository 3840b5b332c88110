import KartleggCore
import KartleggReport
import KartleggStore
import KartleggTerminal

extension IntakeSession {
  /// How many unfinished intakes one page lists.
  static let unfinishedPageSize = 20

  /// Lists unfinished intakes, newest first, 20 to a page (`+` shows the next page), with name,
  /// cohort, when started, the last answer and how many answers, and lets the adviser pick
  /// one; Enter starts a new intake. Showing the names is audit-logged.
  func chooseUnfinished() throws -> String? {
    let unfinished = try store.unfinishedIntakes().sorted { $0.updatedAt > $1.updatedAt }
    guard !unfinished.isEmpty else { return nil }
    var people: [ParticipantID: ParticipantSummary] = [:]
    for person in try store.participants(cohort: nil, includeNames: true) {
      people[person.id] = person
    }
    try store.noteNamesListed(cohort: nil, actor: actor)
    let pages = (unfinished.count + Self.unfinishedPageSize - 1) / Self.unfinishedPageSize
    var page = 0
    while true {
      let first = page * Self.unfinishedPageSize
      let shown = unfinished[first..<min(unfinished.count, first + Self.unfinishedPageSize)]
      console.line(ui("intake.unfinished", unfinished.count, page + 1, pages))
      for (offset, record) in shown.enumerated() {
        let person = people[record.participant]
        let answered = try store.answers(of: record.id).answers.count
        console.line(
          "  \(first + offset + 1)  \(TerminalText.safe(person?.name ?? ""))  "
            + ui(
              "intake.unfinished-row", record.participant.rawValue,
              TerminalText.safe(person?.cohort ?? ""), LocalTime.text(record.startedAt),
              LocalTime.text(record.updatedAt), answered))
      }
      let hasMore = page + 1 < pages
      console.write(
        ui(hasMore ? "intake.choose-unfinished-more" : "intake.choose-unfinished", unfinished.count)
          + ": ")
      guard let line = console.readLine() else { return nil }
      let text = line.trimmingCharacters(in: .whitespaces)
      if text.isEmpty { return nil }
      if text == "+" {
        page = hasMore ? page + 1 : 0
        continue
      }
      if let number = Int(text), (1...unfinished.count).contains(number) {
        return unfinished[number - 1].participant.rawValue
      }
      console.line("  ! " + ui("intake.error.not-option", unfinished.count))
    }
  }
}
