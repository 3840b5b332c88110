/// The language an HTML report is written in: a cleaned BCP 47 tag and its writing direction.
struct DocumentLanguage: Hashable, Sendable {
  /// The tag for the `lang` attribute, such as `nb` or `ar`; `und` when the given code is no tag.
  var tag: String
  /// Whether the language's script runs right to left.
  var isRightToLeft: Bool

  /// Languages whose usual script runs right to left, by their primary subtag.
  static let rightToLeftLanguages: Set<String> = [
    "ar", "arc", "ckb", "dv", "fa", "glk", "he", "iw", "ji", "ks", "lrc", "mzn", "nqo", "pnb",
    "prs", "ps", "sd", "syr", "ug", "ur", "yi",
  ]

  /// Scripts that run right to left, by their ISO 15924 code in lower case.
  static let rightToLeftScripts: Set<String> = [
    "adlm", "arab", "hebr", "mand", "nkoo", "rohg", "samr", "syrc", "thaa",
  ]

  /// The language of a code such as `ar`, `nb_NO`, `ku-Arab` or `fa-AF`.
  ///
  /// A script subtag decides the direction when there is one (`ku-Arab` is right to left,
  /// `uz-Latn` left to right); otherwise the primary language does.
  init(code: String) {
    let subtags = code.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
    let isTag =
      !subtags.isEmpty
      && subtags.allSatisfy { subtag in
        (1...8).contains(subtag.count) && subtag.allSatisfy { $0.isASCII && $0.isLetterOrDigit }
      }
    guard isTag, let primary = subtags.first?.lowercased() else {
      self.tag = "und"
      self.isRightToLeft = false
      return
    }
    self.tag = subtags.joined(separator: "-")
    let script = subtags.dropFirst().first { $0.count == 4 && $0.allSatisfy(\.isLetter) }
    if let script {
      self.isRightToLeft = Self.rightToLeftScripts.contains(script.lowercased())
    } else {
      self.isRightToLeft = Self.rightToLeftLanguages.contains(primary)
    }
  }
}

extension Character {
  fileprivate var isLetterOrDigit: Bool { isLetter || isNumber }
}
