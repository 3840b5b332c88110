import ArgumentParser
import KartleggStore

/// Turns a refused group change into a message in the adviser's language and exit 65; other
/// errors as every store command does.
enum GroupsFailure {
  static func exit(for error: any Error, ui: InterfaceText) -> ExitCode {
    if let exit = error as? ExitCode { return exit }
    guard let refusal = error as? GroupPlanRefusal else { return StoreFailure.exit(for: error) }
    Diagnostics.error("error: " + message(refusal.reason, ui: ui))
    return ExitStatus.dataError
  }

  static func message(_ reason: GroupPlanRefusal.Reason, ui: InterfaceText) -> String {
    switch reason {
    case .unknownCohort(let cohort): return ui("groups.error.unknown-cohort", cohort)
    case .noDraft(let cohort): return ui("groups.error.no-draft", cohort)
    case .notInCohort(let participant, let cohort):
      return ui("groups.error.not-in-cohort", participant, cohort)
    case .notPlaced(let participant): return ui("groups.error.not-placed", participant)
    case .unknownGroup(let group): return ui("groups.error.unknown-group", group)
    case .alreadyInGroup(let participant, let group):
      return ui("groups.error.already-in-group", participant, group)
    case .belowMinimum(let group, let size, let minimum):
      return ui("groups.error.below-minimum", group, size, minimum)
    case .aboveMaximum(let group, let size, let maximum):
      return ui("groups.error.above-maximum", group, size, maximum)
    case .apartFromSelf(let participant): return ui("groups.error.apart-from-self", participant)
    }
  }
}

/// The options every `groups` command on a cohort shares.
struct CohortOptions: ParsableArguments {
  @Option(help: ArgumentHelp("The cohort's name.", valueName: "name"))
  var cohort: String

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

  /// The interface text and the open store.
  func open() throws -> (InterfaceText, any Storage & GroupPlanStorage) {
    (try interface.text(root: try resources.root()), try database.open())
  }
}
