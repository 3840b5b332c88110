import Foundation
import KartleggApp
import KartleggCommandLine
import KartleggTerminal

/// `kartlegg demo`: a synthetic cohort end to end, for a first look.
struct Demo: Command {
  static var about: CommandDescription {
    CommandDescription(
      name: "demo",
      abstract: "Create a synthetic cohort, assess and group it, and print its summary.",
      discussion: """
        Every participant the demo creates is synthetic (made up from a seed, marked as such in
        the database and in every report). Without --database or $KARTLEGG_DATABASE the demo
        writes a fresh database in a new temporary folder and prints its path, so the data you
        work with is never touched; with one, the synthetic cohort is added to it under a name
        no real cohort has.

        Examples:
          kartlegg demo
          kartlegg demo --participants 60 --seed 7
          kartlegg demo --database /tmp/demo.sqlite --cohort "Demo høst"
        """
    )
  }

  let participants: Int
  let seed: UInt64
  let cohort: String?
  let database: DatabaseOptions
  let resources: ResourceOptions
  let interface: InterfaceOptions

  init(reading line: CommandLineReader) throws {
    participants = try line.number(
      "participants", value: "count", help: "How many synthetic participants (1 to 5000).",
      default: 36)
    seed = try line.number(
      "seed", value: "number", help: "The seed: the same seed gives the same cohort.", default: 2026
    )
    cohort = line.option(
      "cohort", value: "name", help: "The synthetic cohort's name (must be new).")
    database = DatabaseOptions(reading: line)
    resources = ResourceOptions(reading: line)
    interface = InterfaceOptions(reading: line)
  }

  func validate() throws {
    guard (1...5000).contains(participants) else {
      throw UsageError("--participants must be from 1 to 5000, not \(participants)")
    }
  }

  func run() throws {
    let context = try CommandContext(resources: resources, interface: interface)
    let ui = context.ui
    let path =
      database.isGiven ? database.resolved : try context.run { try DemoDatabase.freshPath() }
    let store = try database.open(at: path, context: context)
    let name = cohort ?? ui("demo.cohort-name", seed)
    let outcome = try context.run {
      try RunDemo(context: context.app, store: store).run(
        count: participants, cohort: name, seed: seed)
    }
    StandardOutput.line(ui("demo.created", outcome.participants.count, name, path))
    StandardOutput.line()
    switch outcome.groups {
    case .success(let view):
      StandardOutput.line(try CohortGroupsPrinting.rendered(view, isJSON: false, ui: ui))
    case .failure(let refusal):
      Diagnostics.report([AppProblem(refusal.message(ui: ui), severity: .warning)], ui: ui)
      StandardOutput.line(ui("demo.no-groups"))
    }
    StandardOutput.line(ui("demo.next", path))
    let next = ContinueCommand(
      program: Invocation.program,
      options: ["--database", ShellWord.quoted(path)]
        + (interface.code == "nb" ? [] : ["--ui-language", interface.code]))
    let quotedName = ShellWord.quoted(name)
    for command in [
      next.text("groups", "show", "--cohort", quotedName),
      next.text("groups", "accept", "--cohort", quotedName),
      next.text("summary", "--cohort", quotedName, "--format", "html", "--output", "summary.html"),
    ] {
      StandardOutput.line("  " + command)
    }
    StandardOutput.line()
    StandardOutput.write(
      DemoOverview.text(of: outcome.summary, language: ui.language, width: TerminalWidth.current()))
  }
}
