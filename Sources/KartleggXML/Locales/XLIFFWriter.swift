import KartleggCore

/// Writes XLIFF 2.0 translation files that ``XLIFFReader`` reads back unchanged.
public struct XLIFFWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// A translation file for the given source texts, keeping every existing translation.
  ///
  /// New texts are added untranslated; texts the source no longer has are dropped. A unit
  /// whose source text changed gets the new source and keeps its old translation, marked as
  /// needing review (state `translated`), so a translator sees what to check.
  ///
  /// - Parameters:
  ///   - sources: The source texts, in order.
  ///   - existing: The current translation file, if any.
  ///   - catalogue: The catalogue's name.
  ///   - sourceLanguage: The language translated from.
  ///   - targetLanguage: The language translated into.
  /// - Returns: The file's text.
  public func document(
    for sources: [SourceText], existing: TranslationCatalog?, catalogue: String,
    sourceLanguage: LanguageCode, targetLanguage: LanguageCode
  ) -> String {
    var lines = [
      #"<?xml version="1.0" encoding="UTF-8"?>"#,
      #"<xliff xmlns="\#(XLIFFReader.namespace)" version="2.0" srcLang="\#(escape(sourceLanguage.rawValue))" trgLang="\#(escape(targetLanguage.rawValue))">"#,
      #"  <file id="\#(escape(catalogue))">"#,
    ]
    for source in sources {
      let unit = existing?.unit(source.key)
      var state = unit?.state ?? .initial
      if let unit, unit.source != source.text, state.isReviewed { state = .translated }
      lines.append(#"    <unit id="\#(escape(source.key))">"#)
      lines.append(#"      <segment state="\#(state.rawValue)">"#)
      lines.append("        <source>\(escape(source.text))</source>")
      if let target = unit?.target {
        lines.append("        <target>\(escape(target))</target>")
      }
      lines.append("      </segment>")
      lines.append("    </unit>")
    }
    lines += ["  </file>", "</xliff>", ""]
    return lines.joined(separator: "\n")
  }

  private func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.append(character)
      }
    }
    return result
  }
}
