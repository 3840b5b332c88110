import KartleggApp
import KartleggCommandLine
import KartleggReport

/// What a command needs to run a use case: the resources, the adviser's interface and who is
/// acting; every failure reported through ``Diagnostics``.
struct CommandContext {
  let app: AppContext

  /// The interface text.
  var ui: InterfaceText { app.ui }

  /// Builds the context from the shared options.
  ///
  /// - Parameters:
  ///   - resources: `--resources`.
  ///   - interface: `--ui-language`.
  /// - Throws: An exit code after printing why.
  init(resources: ResourceOptions, interface: InterfaceOptions) throws {
    var found: ResourceDirectory?
    do {
      let directory = try ResourceDirectory(explicit: resources.explicit)
      found = directory
      app = AppContext(
        resources: directory, ui: try InterfaceText.load(interface.code, from: directory),
        actor: Adviser.current)
    } catch {
      // An unknown interface language is reported in the default one, nb.
      let fallback = found.flatMap { try? InterfaceText.load("nb", from: $0) }
      throw Diagnostics.exitCode(for: error, ui: fallback)
    }
  }

  /// Runs a use case, turning its ``AppError`` into messages and an exit code.
  ///
  /// - Parameter body: The use case.
  /// - Returns: What it returns.
  /// - Throws: An exit code after printing why.
  func run<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw Diagnostics.exitCode(for: AppError.from(error), ui: ui)
    }
  }

  /// The stored cohort a typed `--cohort` means, in any case and spacing (``StoredCohort``).
  ///
  /// - Parameters:
  ///   - typed: The name as typed.
  ///   - store: The store.
  /// - Returns: The stored cohort's own name, or the typed name when no cohort has it.
  /// - Throws: An exit code after printing why.
  func storedCohort(_ typed: String, in store: any KartleggStorage) throws -> String {
    try run { try StoredCohort.name(typed, in: store) }
  }
}
