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
}
