/// A small check that markup is well-formed: every element closed in order, void elements
/// self-closed, no stray `<` or `&` in text. Enough to catch a renderer that forgets to escape
/// or to close; `xmllint --noout` on a rendered file checks the same, fully.
enum TagBalance {
  /// The first problem in the markup, or `nil` when every tag is closed in order.
  static func problem(in markup: String) -> String? {
    var open: [Substring] = []
    var rest = Substring(markup)
    while let start = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
      if rest[start] == "&" {
        let entity = rest[start...].prefix(while: { $0 != ";" && $0 != " " })
        let known = ["&amp", "&lt", "&gt", "&quot", "&#39"]
        guard known.contains(String(entity)) else { return "stray '&' near \(entity)" }
        rest = rest[rest.index(after: start)...]
        continue
      }
      guard let end = rest[start...].firstIndex(of: ">") else { return "unclosed '<'" }
      let tag = rest[rest.index(after: start)..<end]
      rest = rest[rest.index(after: end)...]
      if tag.hasPrefix("!") || tag.hasSuffix("/") { continue }
      guard let first = tag.first, first == "/" || first.isLetter else {
        return "stray '<' before \(tag)"
      }
      let name = tag.drop { $0 == "/" }.prefix { !$0.isWhitespace }
      if first == "/" {
        guard open.last == name else { return "'</\(name)>' closes '<\(open.last ?? "")>'" }
        open.removeLast()
      } else {
        open.append(name)
      }
    }
    return open.isEmpty ? nil : "'<\(open.last ?? "")>' never closed"
  }
}
