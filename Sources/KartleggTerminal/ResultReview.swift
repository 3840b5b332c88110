/// One part of a result the adviser may override, with the values to choose from.
public struct ReviewPart: Sendable {
  /// The part's stable name, as stored.
  public var name: String
  /// The part's label in the adviser's language.
  public var label: String
  /// The value in force, as stored (`nil` when there is none).
  public var value: String?
  /// The values the adviser may choose, as stored value and label.
  public var choices: [(value: String, label: String)]

  /// Creates a part.
  ///
  /// - Parameters:
  ///   - name: The stable name.
  ///   - label: The label.
  ///   - value: The value in force.
  ///   - choices: The values to choose from.
  public init(
    name: String, label: String, value: String?, choices: [(value: String, label: String)]
  ) {
    self.name = name
    self.label = label
    self.value = value
    self.choices = choices
  }

  func label(of value: String?) -> String {
    guard let value else { return "–" }
    return choices.first { $0.value == value }?.label ?? value
  }
}

/// An adviser's override, as typed.
public struct ReviewDecision: Hashable, Sendable {
  /// The part's stable name.
  public var part: String
  /// The value it had.
  public var previous: String?
  /// The chosen value.
  public var chosen: String
  /// Why.
  public var reason: String
}

/// How the review ended.
public enum ReviewOutcome: Hashable, Sendable {
  /// The adviser accepted the result (with the overrides made).
  case accepted
  /// The adviser left the decision for later (`q`).
  case later
  /// The input ended.
  case endOfInput
}

/// After the last answer: the adviser accepts the result or overrides parts of it, each with a
/// reason. Every override is handed to `save` (and so committed) as soon as it is complete.
public struct ResultReview {
  private let console: any Console
  private let texts: IntakeTexts

  /// Creates a review.
  ///
  /// - Parameters:
  ///   - console: Where to read and write.
  ///   - texts: The interface texts.
  public init(console: any Console, texts: IntakeTexts) {
    self.console = console
    self.texts = texts
  }

  /// Asks the adviser to accept or override, until accepted, postponed or out of input.
  ///
  /// - Parameters:
  ///   - parts: The parts that may be overridden.
  ///   - save: Saves one override; called before the next prompt.
  /// - Returns: How the review ended.
  /// - Throws: What `save` throws.
  public func run(parts: [ReviewPart], save: (ReviewDecision) throws -> Void) throws
    -> ReviewOutcome
  {
    var parts = parts
    var changed: Set<String> = []
    while true {
      console.write(texts.ui("review.prompt") + ": ")
      guard let line = console.readLine() else { return .endOfInput }
      switch line.trimmingWhitespace().lowercased() {
      case "a", "": return .accepted
      case "q": return .later
      case "e", "o":
        switch try override(&parts, changed: &changed, save: save) {
        case .endOfInput: return .endOfInput
        default: continue
        }
      default:
        console.wrapped("! " + texts.ui("review.error.key"), indent: "  ")
      }
    }
  }

  private func override(
    _ parts: inout [ReviewPart], changed: inout Set<String>,
    save: (ReviewDecision) throws -> Void
  )
    throws -> ReviewOutcome?
  {
    for (index, part) in parts.enumerated() {
      console.wrapped("\(part.label): \(part.label(of: part.value))", indent: "  \(index + 1)  ")
    }
    guard let partIndex = try choose(count: parts.count, prompt: "review.choose-part") else {
      return .endOfInput
    }
    guard partIndex >= 0 else { return nil }
    let part = parts[partIndex]
    for (index, choice) in part.choices.enumerated() {
      console.wrapped(choice.label, indent: "  \(index + 1)  ")
    }
    guard let choiceIndex = try choose(count: part.choices.count, prompt: "review.choose-value")
    else { return .endOfInput }
    guard choiceIndex >= 0 else { return nil }
    var reason = ""
    while reason.isEmpty {
      console.write(texts.ui("review.reason") + ": ")
      guard let line = console.readLine() else { return .endOfInput }
      reason = line.trimmingWhitespace()
      if reason.isEmpty { console.wrapped("! " + texts.ui("review.error.reason"), indent: "  ") }
    }
    let chosen = part.choices[choiceIndex].value
    try save(ReviewDecision(part: part.name, previous: part.value, chosen: chosen, reason: reason))
    parts[partIndex].value = chosen
    changed.insert(part.name)
    console.wrapped(texts.ui("review.saved", part.label, part.label(of: chosen)), indent: "  ")
    showInForce(parts, changed: changed)
    return nil
  }

  /// The result as it now stands, overridden parts marked, so the adviser never reads an old
  /// level after changing it.
  private func showInForce(_ parts: [ReviewPart], changed: Set<String>) {
    console.line(texts.ui("review.in-force"))
    for part in parts {
      let mark = changed.contains(part.name) ? " (" + texts.ui("review.changed") + ")" : ""
      console.wrapped("\(part.label): \(part.label(of: part.value))" + mark, indent: "  ")
    }
  }

  /// A number from 1 to `count` as a position; -1 when the adviser cancels with an empty line;
  /// `nil` at end of input.
  private func choose(count: Int, prompt: String) throws -> Int? {
    while true {
      console.write(texts.ui(prompt, String(count)) + ": ")
      guard let line = console.readLine() else { return nil }
      let text = line.trimmingWhitespace()
      if text.isEmpty || text == "<" { return -1 }
      if let number = Int(text), (1...count).contains(number) { return number - 1 }
      console.wrapped("! " + texts.ui("intake.error.not-option", String(count)), indent: "  ")
    }
  }
}
