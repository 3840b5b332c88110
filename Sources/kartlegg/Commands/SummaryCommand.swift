import ArgumentParser
import Foundation
import KartleggCore
import KartleggReport
import KartleggStore

/// `kartlegg summary --cohort NAME`: the leader's cohort summary, small counts hidden.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Summarise a cohort for the leader: levels, needs, channels, interpreters.",
    discussion: """
      Counts from 1 to --min-cell minus one are hidden, and so is any count from which one
      could be worked out (see docs/summary.md). The tables follow the survey of the cohort's
      most recent intake, and its <summary> element. An unknown cohort exits 66; --min-cell
      below 3 exits 64.

      Example:
        kartlegg summary --cohort "Høst 2026" --format json --output summary.json
      """
  )

  /// Output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text
    case markdown
    case html
    case csv
    case json
  }

  @Option(help: ArgumentHelp("The cohort to summarise.", valueName: "name"))
  var cohort: String

  @Option(help: "Output format.")
  var format: Format = .text

  @Option(help: ArgumentHelp("The smallest count shown (at least 3).", valueName: "count"))
  var minCell = 5

  @Option(help: ArgumentHelp("Write to this file (mode 0600) instead of standard output."))
  var output: String?

  @OptionGroup var database: DatabaseOptions
  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

  func run() throws {
    let root = try resources.root()
    let ui = try interface.text(root: root)
    guard let control = DisclosureControl(minimumCell: minCell) else {
      Diagnostics.error(
        "error: " + ui("summary.min-cell-too-low", DisclosureControl.lowestThreshold))
      throw ExitCode.validationFailure
    }
    let files = try SurveyFiles(resources: resources)
    let store = try database.open()
    var survey: Survey?
    let record: StoredCohortTally?
    do {
      record = try store.cohortTally(cohort) { definition in
        let loaded =
          try definition.map(files.load)
          ?? files.load(files.standardSurvey)
        survey = loaded
        return loaded.tabulations.map(\.question)
      }
    } catch let exit as ExitCode {
      throw exit
    } catch {
      throw StoreFailure.exit(for: error)
    }
    guard let record, let survey else {
      Diagnostics.error("error: " + ui("summary.unknown-cohort", cohort))
      throw ExitStatus.noInput
    }
    let labels = SummaryLabels(
      survey: survey, texts: try SurveyTexts.forAdviser(survey, ui: ui, root: root), ui: ui)
    var summary = CohortStatistics(survey: survey, labelling: labels).summary(
      of: record.tally, cohort: cohort, isSynthetic: record.isSynthetic, control: control)
    do {
      summary.groups = try SummaryGroups(store: store, files: files, ui: ui, control: control)
        .section(cohort: cohort)
    } catch let exit as ExitCode {
      throw exit
    } catch {
      throw StoreFailure.exit(for: error)
    }
    let vocabulary = labels.vocabulary(
      minimumCell: control.minimumCell, policy: summary.groups?.policy)
    try write(rendered(summary, vocabulary: vocabulary, ui: ui))
  }

  /// The summary in the chosen format.
  private func rendered(
    _ summary: CohortSummary, vocabulary: ReportVocabulary, ui: InterfaceText
  ) -> String {
    switch format {
    case .json: return JSONReport.render(summary)
    case .csv: return CSVReport.render(summary)
    case .markdown: return MarkdownReport.render(summary, vocabulary: vocabulary)
    case .html:
      return HTMLReport.render(summary, vocabulary: vocabulary, language: ui.language.rawValue)
    case .text:
      let isTerminal = output == nil && isatty(STDOUT_FILENO) != 0
      let color = isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
      return TextReport.render(
        summary, vocabulary: vocabulary, width: output == nil ? TerminalWidth.current() : 100,
        color: color)
    }
  }

  /// Writes to `--output` (atomically, 0600, only over the user's own regular file; see
  /// ``OutputFile``) or standard output.
  private func write(_ text: String) throws {
    guard let output else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try OutputFile(path: output).write(Array(text.utf8))
    } catch {
      Diagnostics.error("error: \(error.description)")
      throw ExitStatus.cannotCreate
    }
  }
}
