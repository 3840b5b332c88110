import ArgumentParser
import KartleggStore

/// `kartlegg groups accept --cohort NAME`: the draft becomes the cohort's groups.
struct GroupsAccept: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "accept",
    abstract: "Accept the cohort's draft groups.",
    discussion: """
      The draft replaces any earlier accepted plan; the audit log records who accepted it.

      Example:
        kartlegg groups accept --cohort "Høst 2026"
      """
  )

  @OptionGroup var options: CohortOptions

  func run() throws {
    let (ui, store) = try options.open()
    do {
      try store.acceptDraft(cohort: options.cohort, actor: Adviser.current)
      let groups = try store.groupPlan(cohort: options.cohort)?.groups.count ?? 0
      print(ui("groups.accepted", options.cohort, groups))
    } catch {
      throw GroupsFailure.exit(for: error, ui: ui)
    }
  }
}
