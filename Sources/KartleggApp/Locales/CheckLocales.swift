import KartleggCore
import KartleggReport

/// The `locales check` use case: translation coverage and review state per language, for the
/// adviser interface and each survey.
public struct CheckLocales {
  /// The languages every catalogue must have complete.
  public static let requiredLanguages: Set<LanguageCode> = ["nb", "nn", "en"]

  let context: AppContext

  /// Creates the use case.
  ///
  /// - Parameter context: Resources, interface language and actor.
  public init(context: AppContext) {
    self.context = context
  }

  /// Checks the interface and the standard surveys, or one survey.
  ///
  /// - Parameter survey: Only this survey's translations, when given.
  /// - Returns: The coverage (``LocalesCoverage/hasFailed`` says whether the command fails) and
  ///   the broken files and warnings met.
  /// - Throws: ``AppError`` when a survey cannot be loaded.
  public func run(survey: String?) throws(AppError) -> (
    coverage: LocalesCoverage, problems: [AppProblem]
  ) {
    var report = Report()
    if survey == nil { interface(into: &report) }
    let surveys = try context.surveys()
    let paths =
      survey.map { [$0] }
      ?? context.resources.fileNames(in: context.resources.path("surveys"), endingWith: ".xml")
      .map { context.resources.path("surveys/" + $0) }
    for path in paths {
      try self.survey(try surveys.load(path), file: path, into: &report)
    }
    return (report.coverage, report.problems)
  }

  /// The coverage being gathered and the problems met.
  private struct Report {
    var coverage = LocalesCoverage()
    var problems: [AppProblem] = []
    var hasFailed: Bool {
      get { coverage.hasFailed }
      set { coverage.hasFailed = newValue }
    }
  }

  private func survey(_ loaded: Survey, file: String, into report: inout Report)
    throws(AppError)
  {
    let files = TranslationFiles(resources: context.resources)
    let sources = SourceText.all(in: loaded)
    var languages = Set(files.languages(in: loaded.id.rawValue))
    languages.formUnion(Self.requiredLanguages.filter { loaded.language($0) != nil })
    languages.remove(loaded.sourceLanguage)
    let ordered =
      loaded.languages.map(\.code).filter(languages.contains)
      + languages.filter { code in !loaded.languages.contains { $0.code == code } }.sorted()
    var rows = [
      LocalesCoverage.Row(
        language: loaded.sourceLanguage,
        name: loaded.language(loaded.sourceLanguage)?.nativeName ?? "", coverage: nil)
    ]
    for code in ordered {
      do {
        let catalog = try files.read(catalogue: loaded.id.rawValue, language: code)
        rows.append(
          .init(
            language: code, name: loaded.language(code)?.nativeName ?? "",
            coverage: TranslationCoverage(sources: sources, catalog: catalog, language: code)))
      } catch {
        report.problems += error.problems
        report.hasFailed = true
      }
    }
    let withoutFile = loaded.languages.map(\.code).filter {
      !languages.contains($0) && $0 != loaded.sourceLanguage
    }
    add(
      .init(
        name: loaded.id.rawValue, file: file, sourceCount: sources.count, rows: rows,
        withoutFile: withoutFile), to: &report)
  }

  private func interface(into report: inout Report) {
    let files = TranslationFiles(resources: context.resources)
    let catalogue = InterfaceText.catalogue
    guard let english = try? files.read(catalogue: catalogue, language: "en") else {
      report.problems.append(
        AppProblem(
          .key("locales.error.interface-source"),
          inFile: files.path(catalogue: catalogue, language: "en")))
      report.hasFailed = true
      return
    }
    let sources = english.units.map { SourceText(key: $0.key, text: $0.source) }
    let rows = InterfaceText.languages.map { code -> LocalesCoverage.Row in
      var catalog: TranslationCatalog?
      do {
        catalog = try files.read(catalogue: catalogue, language: code)
      } catch {
        report.problems += AppError.from(error).problems
      }
      return .init(
        language: code, name: "",
        coverage: TranslationCoverage(sources: sources, catalog: catalog, language: code))
    }
    add(
      .init(name: catalogue, file: nil, sourceCount: sources.count, rows: rows, withoutFile: []),
      to: &report)
  }

  private func add(_ catalogue: LocalesCoverage.Catalogue, to report: inout Report) {
    for row in catalogue.rows {
      guard let coverage = row.coverage else { continue }
      if !coverage.isComplete, Self.requiredLanguages.contains(row.language) {
        report.hasFailed = true
      }
      for key in coverage.unknownKeys.prefix(5) {
        report.problems.append(
          AppProblem(
            .key("locales.warning.unknown-unit", key),
            inFile: "\(catalogue.name)/\(row.language).xlf", severity: .warning))
      }
    }
    report.coverage.catalogues.append(catalogue)
  }
}
