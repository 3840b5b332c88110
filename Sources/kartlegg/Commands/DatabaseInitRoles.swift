import ArgumentParser
import KartleggApp
import KartleggPostgres

/// `kartlegg database init-roles`: the adviser, leader and auditor roles of a shared database.
struct DatabaseInitRoles: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "init-roles",
      abstract: HelpText.text(
        "Create the kartlegg_adviser, kartlegg_leader and kartlegg_auditor roles."),
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

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

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
