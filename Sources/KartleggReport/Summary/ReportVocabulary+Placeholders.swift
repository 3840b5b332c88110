import KartleggCore

extension ReportVocabulary {
  /// A word with its placeholder `{1}` filled in by ``Placeholders``, kartlegg's one
  /// placeholder system: by `number` or by `text`.
  ///
  /// - Parameters:
  ///   - word: The word from the vocabulary.
  ///   - number: The value of `{1}`.
  ///   - text: The value of `{1}`, when there is no number.
  /// - Returns: The word, filled in.
  public static func filled(_ word: String, number: Int? = nil, text: String? = nil) -> String {
    guard let value = number.map(String.init) ?? text else { return word }
    return Placeholders.fill(word, with: [value])
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
