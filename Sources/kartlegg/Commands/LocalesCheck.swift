import ArgumentParser
import Foundation
import KartleggCore
import KartleggTerminal
import KartleggXML

/// `kartlegg locales check`: translation coverage and review state per language.
struct LocalesCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Report translation coverage and review state per language.",
    discussion: """
      For the adviser interface and for each survey, prints per language how many texts are
      reviewed, need review (translated by someone who is not a qualified translator, or whose
      source changed), are missing, or are stale (translated from an older source text).
      Exits 65 when nb, nn or en is incomplete or a translation file is broken.

      Examples:
        kartlegg locales check
        kartlegg locales check --survey surveys/digital-intake.xml --ui-language en
      """
  )

  @Option(help: ArgumentHelp("Check only this survey's translations.", valueName: "file"))
  var survey: String?

  @OptionGroup var resources: ResourceOptions
  @OptionGroup var interface: InterfaceOptions

  /// Languages that must be complete.
  static let requiredLanguages: Set<LanguageCode> = ["nb", "nn", "en"]

  func run() throws {
    let root = try resources.root()
    let ui = try interface.text(root: root)
    let files = TranslationFiles(root: root)
    let surveyFiles = try SurveyFiles(resources: resources)
    var failed = false

    if survey == nil {
      let rows = interfaceCoverage(files: files, ui: ui)
      failed = rows.isEmpty || report(rows, catalogue: TranslationFiles.interfaceCatalogue, ui: ui)
      print("")
    }
    let surveyPaths = survey.map { [$0] } ?? standardSurveyPaths(root: root)
    for path in surveyPaths {
      let loaded = try surveyFiles.load(path)
      let sources = SourceText.all(in: loaded)
      var languages = Set(files.languages(in: loaded.id.rawValue))
      languages.formUnion(Self.requiredLanguages.filter { loaded.language($0) != nil })
      languages.remove(loaded.sourceLanguage)
      let ordered =
        loaded.languages.map(\.code).filter(languages.contains)
        + languages.filter { code in !loaded.languages.contains { $0.code == code } }.sorted()
      var rows: [Row] = [
        Row(
          language: loaded.sourceLanguage,
          name: loaded.language(loaded.sourceLanguage)?.nativeName ?? "", coverage: nil)
      ]
      for code in ordered {
        switch files.read(catalogue: loaded.id.rawValue, language: code) {
        case .failure(let failure):
          Diagnostics.report(failure.problems)
          failed = true
        case .success(let catalog):
          if loaded.language(code)?.direction == .rightToLeft {
            for unit in catalog?.unitsStartingLeftToRight() ?? [] {
              Diagnostics.error(
                "\(unit.location.file):\(unit.location.line): warning: "
                  + ui("locales.check.rtl-starts-ltr", unit.key))
            }
          }
          rows.append(
            Row(
              language: code, name: loaded.language(code)?.nativeName ?? "",
              coverage: TranslationCoverage(sources: sources, catalog: catalog, language: code)))
        }
      }
      print(ui("locales.check.survey", loaded.id, TerminalText.safe(path), sources.count))
      failed = report(rows, catalogue: loaded.id.rawValue, ui: ui) || failed
      let untranslated = loaded.languages.map(\.code).filter {
        !languages.contains($0) && $0 != loaded.sourceLanguage
      }
      if !untranslated.isEmpty {
        print(
          "  " + ui("locales.check.no-file", untranslated.map(\.rawValue).joined(separator: ", ")))
      }
      print("")
    }
    if failed { throw ExitStatus.dataError }
  }

  struct Row {
    var language: LanguageCode
    var name: String
    var coverage: TranslationCoverage?
  }

  private func standardSurveyPaths(root: URL) -> [String] {
    let directory = root.appendingPathComponent("surveys")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".xml") }.sorted().map {
      directory.appendingPathComponent($0).path
    }
  }

  private func interfaceCoverage(files: TranslationFiles, ui: InterfaceText) -> [Row] {
    let catalogue = TranslationFiles.interfaceCatalogue
    guard case .success(let english?) = files.read(catalogue: catalogue, language: "en") else {
      Diagnostics.error(
        "\(files.path(catalogue: catalogue, language: "en")): error: the interface source (English) is missing or broken"
      )
      return []
    }
    let sources = english.units.map { SourceText(key: $0.key, text: $0.source) }
    print(ui("locales.check.interface", sources.count))
    return InterfaceText.languages.map { code in
      switch files.read(catalogue: catalogue, language: code) {
      case .success(let catalog):
        return Row(
          language: code, name: "",
          coverage: TranslationCoverage(sources: sources, catalog: catalog, language: code))
      case .failure(let failure):
        Diagnostics.report(failure.problems)
        return Row(
          language: code, name: "",
          coverage: TranslationCoverage(sources: sources, catalog: nil, language: code))
      }
    }
  }

  /// Prints the rows; returns whether a required language is incomplete.
  private func report(_ rows: [Row], catalogue: String, ui: InterfaceText) -> Bool {
    var table = TextTable(header: [
      ui("locales.check.language"), "", ui("locales.check.reviewed"),
      ui("locales.check.needs-review"),
      ui("locales.check.missing"), ui("locales.check.stale"), ui("locales.check.status"),
    ])
    table.rightAligned = [2, 3, 4, 5]
    var incomplete = false
    for row in rows {
      guard let coverage = row.coverage else {
        table.rows.append([
          row.language.rawValue, row.name, "", "", "", "", ui("locales.check.source"),
        ])
        continue
      }
      let status: String
      if !coverage.isComplete {
        status = ui("locales.check.incomplete")
        if Self.requiredLanguages.contains(row.language) { incomplete = true }
      } else if coverage.needsReview > 0 {
        status = ui("locales.check.unreviewed")
      } else {
        status = ui("locales.check.complete")
      }
      table.rows.append([
        row.language.rawValue, row.name, String(coverage.reviewed), String(coverage.needsReview),
        String(coverage.missing), String(coverage.stale), status,
      ])
      for key in coverage.unknownKeys.prefix(5) {
        Diagnostics.error(
          "\(catalogue)/\(row.language).xlf: warning: unit '\(key)' is not in the source")
      }
    }
    print(table.rendered())
    return incomplete
  }
}
