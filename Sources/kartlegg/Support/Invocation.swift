import Foundation
import KartleggApp

/// How this kartlegg was started, so a printed command can be pasted as it is: `swift run
/// kartlegg` from a checkout's `.build`, `kartlegg` when that name on the PATH is this binary,
/// else the binary's full path.
enum Invocation {
  /// The program part of a command line.
  static var program: String {
    let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
    if binary.contains("/.build/") { return "swift run kartlegg" }
    let path = ProcessEnvironment.value("PATH") ?? ""
    for directory in path.split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("kartlegg")
      if candidate.resolvingSymlinksInPath().path == binary { return "kartlegg" }
    }
    return ShellWord.quoted(binary)
  }

  /// A command that continues with the database and interface language in force.
  ///
  /// - Parameters:
  ///   - database: The database options.
  ///   - interface: The interface options.
  /// - Returns: The command.
  static func continuing(database: DatabaseOptions, interface: InterfaceOptions) -> ContinueCommand
  {
    var options: [String] = []
    if database.resolved != database.defaultPath {
      options += ["--database", ShellWord.quoted(database.resolved)]
    }
    if interface.code != "nb" { options += ["--ui-language", ShellWord.quoted(interface.code)] }
    return ContinueCommand(program: program, options: options)
  }
}
