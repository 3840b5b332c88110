import ArgumentParser
import KartleggApp
import KartleggPostgres
import KartleggStore

/// `kartlegg database copy --from A --to B`: moves a database between SQLite and PostgreSQL.
struct DatabaseCopyCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "copy",
      abstract: HelpText.text("Copy everything, audit log included, into an empty database."),
      discussion: """
        Either side is a SQLite file or a postgresql:// URL. The target is created or migrated,
        must be empty, and is filled in one transaction that commits only when every table reads
        back with the same row count and checksum; each table's count and checksum are printed.
        Copy while nobody is writing to the source.

        Example:
          kartlegg database copy --from kartlegg.sqlite --to postgresql://kartlegg@db/kartlegg
        """
    )
  }

  @Option(help: ArgumentHelp("The database to copy from.", valueName: "path-or-url"))
  var from: String

  @Option(help: ArgumentHelp("The empty database to copy into.", valueName: "path-or-url"))
  var to: String

  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let sums = try context.run {
      let source = try StorageFactory.open(StorageLocation(parsing: from))
      let target = try StorageFactory.open(StorageLocation(parsing: to))
      return try DatabaseCopy.copy(from: source, to: target)
    }
    for sum in sums {
      StandardOutput.line("\(sum.table)\t\(sum.rows)\t\(sum.checksum)")
    }
  }
}
