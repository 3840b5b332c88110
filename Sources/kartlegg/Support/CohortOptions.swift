import KartleggApp
import KartleggCommandLine

/// The options every `groups` command on a cohort shares.
struct CohortOptions {
  let cohort: String
  let database: DatabaseOptions
  let resources: ResourceOptions
  let interface: InterfaceOptions

  init(reading line: CommandLineReader) throws {
    cohort = try line.requiredOption("cohort", value: "name", help: "The cohort's name.")
    database = DatabaseOptions(reading: line)
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
  }

  /// Opens the store and finds the cohort `--cohort` names in it, in any case and spacing
  /// (``StoredCohort``).
  ///
  /// - Parameter context: For reporting a failure in the adviser's language.
  /// - Returns: The store and the stored cohort's own name.
  /// - Throws: An exit code after printing why.
  func open(context: CommandContext) throws -> (store: any KartleggStorage, cohort: String) {
    let store = try database.open(context: context)
    return (store, try context.storedCohort(cohort, in: store))
  }
}
