import KartleggApp
import KartleggCommandLine
import KartleggPostgres
import KartleggStore

/// `kartlegg database copy --from A --to B`: moves a database between SQLite and PostgreSQL.
struct DatabaseCopyCommand: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "copy",
      abstract: "Copy everything, audit log included, into an empty database.",
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

  let from: String
  let to: String
  let resources: ResourceOptions
  let interface: InterfaceOptions

  init(reading line: CommandLineReader) throws {
    from = try line.requiredOption("from", value: "path-or-url", help: "The database to copy from.")
    to = try line.requiredOption(
      "to", value: "path-or-url", help: "The empty database to copy into.")
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
  }

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
