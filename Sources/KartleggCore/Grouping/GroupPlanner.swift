/// Finds the best grouping of a request: every member placed, every group within the sizes,
/// the weighted majority matches as high as the search can prove or find.
///
/// The search works on profiles (members with the same values on every key are
/// interchangeable): a label search chooses which combinations of values the groups are built
/// around and sends members to them by min-cost flow, then a member search applies pins, apart
/// pairs and the interpreter preference. See `docs/grouping.md`.
public enum GroupPlanner {
  /// Edge scans for the label search: about 0.15 s on one core of the benchmark machine.
  static let labelBudget = 45_000_000
  /// The most profile–label pairs the label search takes on; beyond (thousands of distinct
  /// profiles), members sorted by profile are cut into groups and the member search does the
  /// rest.
  static let labelSpaceLimit = 200_000
  /// Pair evaluations for each pass of the member search: about 0.3 s at most.
  static let memberBudget = 10_000_000

  /// Groups the request's members.
  ///
  /// The same request always gives the same plan.
  ///
  /// - Parameter request: The members, keys, sizes and constraints.
  /// - Returns: The plan, with zero groups for zero members.
  /// - Throws: ``GroupingProblem`` when the sizes or constraints cannot be met, naming the
  ///   numbers and participants involved.
  /// - Complexity: Bounded by fixed work budgets; well under a second for 3,000 members.
  public static func plan(for request: GroupingRequest) throws(GroupingProblem) -> GroupPlan {
    let constraints = try RequestCheck(request).constraints()
    let table = ProfileTable(values: request.members.map(\.values), keyCount: request.keys.count)
    let weights = request.keys.map(\.weight)
    guard !request.members.isEmpty else {
      return GroupPlan(
        groups: [], keyNames: request.keys.map(\.name), weights: weights, memberCount: 0,
        keyMatches: Array(repeating: 0, count: weights.count), interpreterMatches: 0)
    }
    let groupOf = labelGrouping(
      table: table, weights: weights, silent: [], request: request,
      minimumGroups: constraints.names.count, budget: labelBudget)
    let groupNames = PinnedNames.assign(
      constraints.names, pinnedName: constraints.pinnedName, groupOf: groupOf.members,
      groupCount: groupOf.count)
    let pinnedGroups = constraints.pinnedName.map { name in
      name.flatMap { groupNames.firstIndex(of: $0) } ?? -1
    }
    let languages = LanguageCodes(request: request)
    let bands = request.members.map { $0.band ?? -1 }
    let noLanguages = Array(repeating: -1, count: request.members.count)
    var setup = MemberSearch.Setup(
      weights: weights, codes: table.memberCodes, valueCounts: table.valueNames.map(\.count),
      languages: request.balance.weighsBookings ? languages.memberCodes : noLanguages,
      languageCount: languages.names.count,
      bands: request.balance.weighsLevels ? bands : noLanguages,
      bandCount: (bands.max() ?? -1) + 1, minimumSize: request.minimumSize,
      maximumSize: request.maximumSize, targetSize: request.targetSize, balance: request.balance,
      breaksTiesByLanguage: false, pinnedGroups: pinnedGroups, apart: constraints.apart,
      floors: request.keys.enumerated().compactMap { index, key in
        key.minimumShare == nil ? nil : (index, key.floorMembers(of: request.members.count))
      })
    // The whole objective first; then, if asked, interpreter languages as a tie-breaker: the
    // second pass never lowers the first's objective, and swaps only members of one profile.
    var placement = groupOf.members
    var pass = MemberSearch(
      setup: setup, partners: nil, groupOf: placement, groupCount: groupOf.count,
      budget: memberBudget)
    pass.run()
    // With bookings in the objective, also start from labels that include the interpreter
    // language, and keep whichever start ends better (the first on a tie); not for cohorts of
    // thousands, where a second whole search would double the time for little gain.
    if request.balance.weighsBookings, !languages.names.isEmpty,
      request.members.count < MemberSearch.stallMembers,
      let start = languageStart(request: request, minimumGroups: constraints.names.count),
      start.count == groupOf.count
    {
      var other = MemberSearch(
        setup: setup, partners: nil, groupOf: start.members, groupCount: start.count,
        budget: memberBudget)
      other.run()
      if other.objective > pass.objective { pass = other }
    }
    if request.balance.weighsBookings || request.balance.weighsLevels {
      pass = kicked(pass, setup: setup, groupCount: groupOf.count)
    }
    // With bookings in the objective, languages count already; the tie-breaker adds nothing.
    if request.prefersSharedInterpreter, !request.balance.weighsBookings {
      placement = pass.groupOf
      setup.languages = languages.memberCodes
      setup.breaksTiesByLanguage = true
      let sameProfile = table.memberProfiles.map { table.profileMembers[$0] }
      pass = MemberSearch(
        setup: setup, partners: sameProfile, groupOf: placement, groupCount: groupOf.count,
        budget: memberBudget)
      pass.run()
    }
    if let broken = pass.firstViolation() {
      throw GroupingProblem(
        .unsatisfiable(
          first: request.members[broken.member].id,
          second: broken.partner.map { request.members[$0].id }))
    }
    return PlanAssembly(
      request: request, table: table, languages: languages, groupNames: groupNames
    ).plan(groupOf: pass.groupOf, groupCount: groupOf.count, capBreaches: pass.capBreaches())
  }

  /// A first grouping from the label search: members of each chosen label cut into its groups.
  static func labelGrouping(
    table: ProfileTable, weights: [Int], silent: [Int?], request: GroupingRequest,
    minimumGroups: Int, budget: Int
  ) -> (members: [Int], count: Int) {
    let count = request.members.count
    let fewest = max((count + request.maximumSize - 1) / request.maximumSize, minimumGroups)
    guard table.profiles.count * LabelSpace.labelCount(for: table) <= labelSpaceLimit else {
      let total = request.targetSize.map {
        targetGroupCount(
          members: count, target: $0, request: request, minimumGroups: minimumGroups)
      }
      return sortedChunks(table: table, groupCount: total ?? fewest)
    }
    let space = LabelSpace(table: table, weights: weights, silent: silent)
    let total = request.targetSize.map {
      targetGroupCount(members: count, target: $0, request: request, minimumGroups: minimumGroups)
    }
    var search = LabelSearch(
      counts: table.profileCounts, space: space, minimumSize: request.minimumSize,
      maximumSize: request.maximumSize, minimumGroups: minimumGroups, groupTotal: total,
      target: request.targetSize.map { ($0, request.balance.targetWeight) }, budget: budget)
    // Own groups per profile first; then sort-and-chunk with the fewest, the middle and the
    // most groups that fit, so the search also starts from other group counts.
    let most = count / request.minimumSize
    let counts = total.map { [$0] } ?? [fewest, (fewest + most) / 2, most]
    let starts =
      [LabelStarts.own(table: table, space: space, search: search)]
      + counts.map {
        LabelStarts.chunked(table: table, space: space, request: request, groupCount: $0)
      }
    guard let chosen = search.best(from: starts.compactMap { $0 }) else {
      preconditionFailure("the chunked start fits whenever the request passed its checks")
    }
    let assignment = search.assignment(chosen)
    var pools = table.profileMembers.map { ArraySlice($0) }
    var groupOf = Array(repeating: 0, count: table.memberCodes.count)
    var group = 0
    for label in space.labels.indices where chosen[label] > 0 {
      var members: [Int] = []
      let order = table.profiles.indices.sorted {
        (space.gains[$0][label], $1) > (space.gains[$1][label], $0)
      }
      for profile in order {
        let count = assignment[label][profile]
        members += pools[profile].prefix(count)
        pools[profile] = pools[profile].dropFirst(count)
      }
      let groupCount = chosen[label]
      let (quotient, remainder) = members.count.quotientAndRemainder(dividingBy: groupCount)
      var start = 0
      for index in 0..<groupCount {
        let size = quotient + (index < remainder ? 1 : 0)
        for member in members[start..<(start + size)] { groupOf[member] = group }
        start += size
        group += 1
      }
    }
    return (groupOf, group)
  }

  /// Kicks for the member search when bookings or levels are weighed: the most restarts.
  static let memberKicks = 40
  /// Pair evaluations all restarts together may spend; no restart when one search costs more
  /// than a quarter of it (thousands of members).
  static let kickBudget = 400_000

  /// The best of a finished search and restarts from it with a few members swapped at random
  /// (a fixed seed), each searched again: bookings and level spread have local optima a single
  /// move or swap cannot leave.
  private static func kicked(
    _ search: MemberSearch, setup: MemberSearch.Setup, groupCount: Int
  ) -> MemberSearch {
    var best = search
    guard search.work <= kickBudget / 4 else { return best }
    var random = SplitMix64(seed: 0x6B69_636B)
    var spent = 0
    let movable = setup.pinnedGroups.indices.filter { setup.pinnedGroups[$0] < 0 }
    guard movable.count >= 2 else { return best }
    for round in 0..<memberKicks where spent < kickBudget {
      var placement = best.groupOf
      for _ in 0..<(2 + round % 3) {
        let first = movable[Int(random.next() % UInt64(movable.count))]
        let second = movable[Int(random.next() % UInt64(movable.count))]
        placement.swapAt(first, second)
      }
      var trial = MemberSearch(
        setup: setup, partners: nil, groupOf: placement, groupCount: groupCount,
        budget: memberBudget)
      trial.run()
      spent += trial.work
      if trial.objective > best.objective { best = trial }
    }
    return best
  }

  /// A first grouping whose labels also carry the interpreter language (weighing as much as a
  /// booking, or the lightest key), so members needing one language start out together.
  private static func languageStart(request: GroupingRequest, minimumGroups: Int) -> (
    members: [Int], count: Int
  )? {
    let values = request.members.map { $0.values + [$0.interpreterLanguage ?? ""] }
    let table = ProfileTable(values: values, keyCount: request.keys.count + 1)
    let lightest = request.keys.map(\.weight).filter { $0 > 0 }.min() ?? 1
    let weight = max(request.balance.bookingWeight, lightest)
    let silent: [Int?] =
      Array(repeating: nil, count: request.keys.count)
      + [table.valueNames.last?.first == "" ? 0 : nil]
    return labelGrouping(
      table: table, weights: request.keys.map(\.weight) + [weight], silent: silent,
      request: request, minimumGroups: minimumGroups, budget: labelBudget / 4)
  }

  /// Members sorted by profile, cut into `groupCount` near-equal groups.
  private static func sortedChunks(table: ProfileTable, groupCount: Int) -> (
    members: [Int], count: Int
  ) {
    let members = table.profileMembers.flatMap { $0 }
    var groupOf = Array(repeating: 0, count: members.count)
    let (quotient, remainder) = members.count.quotientAndRemainder(dividingBy: groupCount)
    var start = 0
    for group in 0..<groupCount {
      let size = quotient + (group < remainder ? 1 : 0)
      for member in members[start..<(start + size)] { groupOf[member] = group }
      start += size
    }
    return (groupOf, groupCount)
  }

  /// The number of groups whose even split of the members lies nearest the target size (the
  /// fewest groups on a tie), among those the sizes and pinned groups allow.
  ///
  /// - Complexity: O(n / minimum size).
  static func targetGroupCount(
    members count: Int, target: Int, request: GroupingRequest, minimumGroups: Int
  ) -> Int {
    let fewest = max((count + request.maximumSize - 1) / request.maximumSize, minimumGroups, 1)
    let most = max(count / request.minimumSize, fewest)
    var best = fewest
    var bestDistance = Int.max
    for groups in fewest...most {
      let (quotient, remainder) = count.quotientAndRemainder(dividingBy: groups)
      let distance =
        remainder * abs(quotient + 1 - target) + (groups - remainder) * abs(quotient - target)
      if distance < bestDistance { (best, bestDistance) = (groups, distance) }
    }
    return best
  }
}
