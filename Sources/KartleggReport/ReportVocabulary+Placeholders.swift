import KartleggCore

extension ReportVocabulary {
  /// A word with its placeholders filled in: `%d` by `number`, `%@` by `text`, `%%` by `%`.
  ///
  /// The word is read once from start to end, so a filled-in value is never filled again. A
  /// placeholder without a value, and any other `%`, stays as it is. No format string reaches
  /// `String(format:)`: a translation cannot crash the renderer.
  ///
  /// - Parameters:
  ///   - word: The word from the vocabulary.
  ///   - number: The value of `%d`.
  ///   - text: The value of `%@`.
  /// - Returns: The word, filled in.
  public static func filled(_ word: String, number: Int? = nil, text: String? = nil) -> String {
    var result = ""
    var characters = word.makeIterator()
    while let character = characters.next() {
      guard character == "%" else {
        result.append(character)
        continue
      }
      guard let next = characters.next() else {
        result.append(character)
        break
      }
      switch (next, number, text) {
      case ("d", .some(let number), _): result += String(number)
      case ("@", _, .some(let text)): result += text
      case ("%", _, _): result.append("%")
      default: result += "%" + String(next)
      }
    }
    return result
  }

  /// The hidden-count note with the summary's threshold filled in.
  ///
  /// - Parameter minimumCell: The smallest count a summary shows.
  /// - Returns: The note.
  public func hiddenNote(minimumCell: Int) -> String {
    Self.filled(hiddenNote, number: minimumCell)
  }

  /// The line that says whether the groups are accepted or suggested, with the policy filled in.
  ///
  /// - Parameter section: The summary's groups.
  /// - Returns: The line.
  public func groupsLine(for section: GroupsSection) -> String {
    let word = section.state == .accepted ? groupsAccepted : groupsSuggested
    return Self.filled(word, text: section.policy)
  }

  /// A count as the reader sees it: the number, or the hidden mark. Renderers escape it for their
  /// format.
  ///
  /// - Parameter count: The count.
  /// - Returns: Its digits, or ``hiddenMark``.
  public func text(of count: CellCount) -> String {
    count.value.map(String.init) ?? hiddenMark
  }
}
