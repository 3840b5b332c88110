import KartleggCore

/// The cache's binary form of a catalogue: a header line, then length-prefixed UTF-8 strings
/// and small integers, little-endian. Decoding checks every length and value and gives `nil`
/// on anything unexpected.
enum CatalogueBytes {
  private static let header = Array("kartlegg catalogue 1\n".utf8)

  /// A catalogue's bytes.
  ///
  /// - Parameter catalog: The catalogue.
  /// - Returns: Its encoding.
  static func encoded(_ catalog: TranslationCatalog) -> [UInt8] {
    var bytes = header
    func number(_ value: Int) {
      let value = UInt32(clamping: value)
      for shift in stride(from: 0, to: 32, by: 8) {
        bytes.append(UInt8(truncatingIfNeeded: value >> shift))
      }
    }
    func text(_ value: String) {
      let utf8 = Array(value.utf8)
      number(utf8.count)
      bytes += utf8
    }
    text(catalog.catalogue)
    text(catalog.sourceLanguage.rawValue)
    text(catalog.targetLanguage.rawValue)
    number(catalog.units.count)
    for unit in catalog.units {
      text(unit.key)
      text(unit.source)
      number(unit.target == nil ? 0 : 1)
      text(unit.target ?? "")
      text(unit.state.rawValue)
      number(unit.location.line)
    }
    return bytes
  }

  /// Reads an encoded catalogue.
  struct Reader {
    let bytes: [UInt8]
    private var position = 0

    init(bytes: [UInt8]) {
      self.bytes = bytes
    }

    /// The catalogue, its units located in `file`, or `nil` if the bytes are not one.
    mutating func catalog(file: String) -> TranslationCatalog? {
      guard bytes.starts(with: CatalogueBytes.header) else { return nil }
      position = CatalogueBytes.header.count
      guard let name = text(), let source = text(), let target = text(), let count = number(),
        count <= bytes.count
      else { return nil }
      var units: [TranslationUnit] = []
      units.reserveCapacity(count)
      for _ in 0..<count {
        guard let key = text(), let sourceText = text(), let hasTarget = number(),
          let targetText = text(), let stateText = text(),
          let state = ReviewState(rawValue: stateText), let line = number()
        else { return nil }
        units.append(
          TranslationUnit(
            key: key, source: sourceText, target: hasTarget == 1 ? targetText : nil,
            state: state, location: DocumentLocation(file: file, line: line)))
      }
      guard position == bytes.count else { return nil }
      return TranslationCatalog(
        catalogue: name, sourceLanguage: LanguageCode(source),
        targetLanguage: LanguageCode(target), units: units)
    }

    private mutating func number() -> Int? {
      guard position + 4 <= bytes.count else { return nil }
      var value = 0
      for offset in 0..<4 { value |= Int(bytes[position + offset]) << (8 * offset) }
      position += 4
      return value
    }

    private mutating func text() -> String? {
      guard let length = number(), position + length <= bytes.count else { return nil }
      defer { position += length }
      return String(validating: bytes[position..<(position + length)], as: UTF8.self)
    }
  }
}
