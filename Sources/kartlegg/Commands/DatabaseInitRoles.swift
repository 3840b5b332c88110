import KartleggApp
import KartleggCommandLine
import KartleggPostgres

/// `kartlegg database init-roles`: the adviser, leader and auditor roles of a shared database.
struct DatabaseInitRoles: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "init-roles",
      abstract: "Create the kartlegg_adviser, kartlegg_leader and kartlegg_auditor roles.",
      discussion: """
        Run as the role that owns kartlegg's tables (and may create roles). The leader's role
        reads no table with names or contact details; the auditor's reads only the audit log.
        Running it again changes nothing. Give each role a password (ALTER ROLE … PASSWORD) or
        grant it to personal roles (GRANT kartlegg_adviser TO kari).

        Example:
          kartlegg database init-roles --database postgresql://kartlegg@db.kommune.no/kartlegg
        """
    )
  }

  let database: DatabaseOptions
  let resources: ResourceOptions
  let interface: InterfaceOptions

  init(reading line: CommandLineReader) throws {
    database = DatabaseOptions(reading: line)
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
  }

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let store = try database.open(context: context)
    guard let postgres = store as? PostgresStorage else {
      throw Diagnostics.exitCode(
        for: AppError(
          .usage,
          [
            AppProblem(.key("database.error.needs-postgres"))
          ]), ui: context.ui)
    }
    for role in try context.run({ try postgres.initialiseRoles(actor: context.app.actor) }) {
      StandardOutput.line(role)
    }
  }
}
