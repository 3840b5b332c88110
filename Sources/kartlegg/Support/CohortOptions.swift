import ArgumentParser

/// The options every `groups` command on a cohort shares.
struct CohortOptions: ParsableArguments {
  @Option(help: HelpText.argument("The cohort's name.", valueName: "name"))
  var cohort: String

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions
}
