import ArgumentParser
import KartleggPostgres
import KartleggStore

/// `kartlegg database init-roles`: the adviser, leader and auditor roles of a shared database.
struct DatabaseInitRoles: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init-roles",
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

  @OptionGroup var database: DatabaseOptions

  func run() throws {
    let store = try database.open()
    guard let postgres = store as? PostgresStorage else {
      Diagnostics.error(
        "error: init-roles needs a PostgreSQL database (--database postgresql://USER@HOST/DB)")
      throw ExitCode(64)
    }
    do {
      for role in try postgres.initialiseRoles(actor: Adviser.current) {
        print(role)
      }
    } catch {
      throw StoreFailure.exit(for: error)
    }
  }
}
