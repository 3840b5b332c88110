/// Interpreter languages as codes: the distinct languages sorted, -1 for none.
struct LanguageCodes {
  /// The distinct languages, sorted.
  let names: [String]
  /// Per member, its language's position, or -1.
  let memberCodes: [Int]

  init(request: GroupingRequest) {
    let languages = request.members.map(\.interpreterLanguage)
    names = Array(Set(languages.compactMap { $0 })).sorted()
    let code = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    memberCodes = languages.map { $0.flatMap { code[$0] } ?? -1 }
  }
}
