/// A grouping: every member placed, every group within the size limits, with its quality.
public struct GroupPlan: Hashable, Sendable, KeyMatchScore {
  /// The groups, in a stable order: by their majority values key by key, then by first member.
  public var groups: [PlannedGroup]
  /// The key names, most important first.
  public var keyNames: [String]
  /// The key weights, in key order.
  public var weights: [Int]
  /// How many members there are.
  public var memberCount: Int
  /// Per key, how many members have their group's majority value.
  public var keyMatches: [Int]
  /// How many members needing an interpreter share their group's most common interpreter
  /// language.
  public var interpreterMatches: Int
  /// Interpreter bookings beside their lower bound.
  public var bookings: BookingFigures
  /// Members left over a cap of the request (none when every cap could be met).
  public var capBreaches: [CapBreach]

  /// Creates a plan.
  ///
  /// - Parameters:
  ///   - groups: The groups.
  ///   - keyNames: The key names.
  ///   - weights: The key weights.
  ///   - memberCount: How many members there are.
  ///   - keyMatches: Matches per key.
  ///   - interpreterMatches: Members sharing their group's interpreter language.
  ///   - bookings: Interpreter bookings beside their lower bound.
  ///   - capBreaches: Members left over a cap.
  public init(
    groups: [PlannedGroup], keyNames: [String], weights: [Int], memberCount: Int,
    keyMatches: [Int], interpreterMatches: Int,
    bookings: BookingFigures = BookingFigures(bookings: 0, languages: 0, lowerBound: 0),
    capBreaches: [CapBreach] = []
  ) {
    self.bookings = bookings
    self.capBreaches = capBreaches
    self.groups = groups
    self.keyNames = keyNames
    self.weights = weights
    self.memberCount = memberCount
    self.keyMatches = keyMatches
    self.interpreterMatches = interpreterMatches
  }
}

/// One group of a plan.
public struct PlannedGroup: Hashable, Sendable {
  /// The group's name: its pinned name, or `G1`, `G2`, … in plan order.
  public var name: String
  /// Positions of the members in the request, ascending.
  public var members: [Int]
  /// Per key, the value most members share and how many do.
  public var agreements: [KeyAgreement]
  /// The most common interpreter language among members who need one, and how many need it.
  public var interpreter: InterpreterShare?

  /// Creates a group.
  ///
  /// - Parameters:
  ///   - name: The group's name.
  ///   - members: Member positions, ascending.
  ///   - agreements: The majority per key.
  ///   - interpreter: The most common interpreter language, if any member needs one.
  public init(
    name: String, members: [Int], agreements: [KeyAgreement], interpreter: InterpreterShare?
  ) {
    self.name = name
    self.members = members
    self.agreements = agreements
    self.interpreter = interpreter
  }

  /// A one-line reason in English built from the agreements, e.g.
  /// `all share industry 'care' and goal 'work'; level '2' for 4 of 7`.
  public var reason: String {
    let uniform = agreements.filter { $0.matching == members.count }
    let mixed = agreements.filter { $0.matching < members.count }
    var parts: [String] = []
    if !uniform.isEmpty {
      parts.append(
        "all share " + uniform.map { "\($0.key) '\($0.value)'" }.joined(separator: " and "))
    }
    parts += mixed.map { "\($0.key) '\($0.value)' for \($0.matching) of \(members.count)" }
    if let interpreter {
      parts.append("interpreter '\(interpreter.language)' for \(interpreter.members)")
    }
    return parts.joined(separator: "; ")
  }
}

/// The value most members of a group share on one key.
public struct KeyAgreement: Hashable, Sendable {
  /// The key's name.
  public var key: String
  /// The majority value (the first in sorted order when several tie).
  public var value: String
  /// How many members have it.
  public var matching: Int

  /// Creates an agreement.
  ///
  /// - Parameters:
  ///   - key: The key's name.
  ///   - value: The majority value.
  ///   - matching: How many members have it.
  public init(key: String, value: String, matching: Int) {
    self.key = key
    self.value = value
    self.matching = matching
  }
}

/// The most common interpreter language in a group.
public struct InterpreterShare: Hashable, Sendable {
  /// The language.
  public var language: String
  /// How many members need it.
  public var members: Int

  /// Creates a share.
  ///
  /// - Parameters:
  ///   - language: The language.
  ///   - members: How many members need it.
  public init(language: String, members: Int) {
    self.language = language
    self.members = members
  }
}
