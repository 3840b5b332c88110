import KartleggCore

/// What `locales check` found: per catalogue, per language, how much is translated and
/// reviewed, and the problems met.
public struct LocalesCoverage: Sendable {
  /// One language of a catalogue.
  public struct Row: Sendable {
    /// The language.
    public var language: LanguageCode
    /// Its name in itself (surveys only).
    public var name: String
    /// Its coverage; `nil` for the catalogue's source language.
    public var coverage: TranslationCoverage?

    /// Creates a row.
    ///
    /// - Parameters:
    ///   - language: The language.
    ///   - name: Its name in itself.
    ///   - coverage: Its coverage; `nil` for the source language.
    public init(language: LanguageCode, name: String, coverage: TranslationCoverage?) {
      self.language = language
      self.name = name
      self.coverage = coverage
    }
  }

  /// One catalogue: the interface, or a survey's texts.
  public struct Catalogue: Sendable {
    /// `interface` or the survey's id.
    public var name: String
    /// The survey's file, for a survey.
    public var file: String?
    /// How many source texts it has.
    public var sourceCount: Int
    /// Its languages.
    public var rows: [Row]
    /// Languages the survey lists that have no translation file.
    public var withoutFile: [LanguageCode]

    /// Creates a catalogue's report.
    ///
    /// - Parameters:
    ///   - name: `interface` or the survey's id.
    ///   - file: The survey's file.
    ///   - sourceCount: How many source texts.
    ///   - rows: Its languages.
    ///   - withoutFile: Languages without a translation file.
    public init(
      name: String, file: String?, sourceCount: Int, rows: [Row], withoutFile: [LanguageCode]
    ) {
      self.name = name
      self.file = file
      self.sourceCount = sourceCount
      self.rows = rows
      self.withoutFile = withoutFile
    }
  }

  /// The catalogues checked.
  public var catalogues: [Catalogue] = []
  /// Whether a required language (nb, nn, en) is incomplete, or a file is broken.
  public var hasFailed = false

  /// An empty report.
  public init() {}
}
