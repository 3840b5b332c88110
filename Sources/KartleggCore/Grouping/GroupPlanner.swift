/// Finds the best grouping of a request: every member placed, every group within the sizes,
/// the weighted majority matches as high as the search can prove or find.
///
/// The search works on profiles (members with the same values on every key are
/// interchangeable): a label search chooses which combinations of values the groups are built
/// around and sends members to them by min-cost flow, then a member search applies pins, apart
/// pairs and the interpreter preference. See `docs/grouping.md`.
public enum GroupPlanner {
  /// Edge scans for the label search: about 0.5 s on one core of the benchmark machine.
  static let labelBudget = 70_000_000
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
      table: table, weights: weights, request: request, minimumGroups: constraints.names.count)
    let groupNames = PinnedNames.assign(
      constraints.names, pinnedName: constraints.pinnedName, groupOf: groupOf.members,
      groupCount: groupOf.count)
    let pinnedGroups = constraints.pinnedName.map { name in
      name.flatMap { groupNames.firstIndex(of: $0) } ?? -1
    }
    let languages = LanguageCodes(request: request)
    // Keys (and constraints) first; then, if asked, interpreter languages as a tie-breaker:
    // the second pass never lowers the key score, and swaps only members of one profile.
    let sameProfile = table.memberProfiles.map { table.profileMembers[$0] }
    var passes: [(languages: [Int], partners: [[Int]]?)] = [
      (Array(repeating: -1, count: request.members.count), nil)
    ]
    if request.prefersSharedInterpreter { passes.append((languages.memberCodes, sameProfile)) }
    var placement = groupOf.members
    var search: MemberSearch?
    for (memberLanguages, partners) in passes {
      var pass = MemberSearch(
        weights: weights, codes: table.memberCodes, valueCounts: table.valueNames.map(\.count),
        languages: memberLanguages, languageCount: languages.names.count,
        sizes: (request.minimumSize, request.maximumSize), pinnedGroups: pinnedGroups,
        apart: constraints.apart, partners: partners, groupOf: placement,
        groupCount: groupOf.count,
        budget: memberBudget)
      pass.run()
      placement = pass.groupOf
      search = pass
    }
    guard let search else { preconditionFailure("there is always a first pass") }
    if let broken = search.firstViolation() {
      throw GroupingProblem(
        .unsatisfiable(
          first: request.members[broken.member].id,
          second: broken.partner.map { request.members[$0].id }))
    }
    return PlanAssembly(
      request: request, table: table, languages: languages, groupNames: groupNames
    ).plan(groupOf: search.groupOf, groupCount: groupOf.count)
  }

  /// A first grouping from the label search: members of each chosen label cut into its groups.
  private static func labelGrouping(
    table: ProfileTable, weights: [Int], request: GroupingRequest, minimumGroups: Int
  ) -> (members: [Int], count: Int) {
    let count = request.members.count
    let fewest = max((count + request.maximumSize - 1) / request.maximumSize, minimumGroups)
    guard table.profiles.count * LabelSpace.labelCount(for: table) <= labelSpaceLimit else {
      return sortedChunks(table: table, groupCount: fewest)
    }
    let space = LabelSpace(table: table, weights: weights)
    var search = LabelSearch(
      counts: table.profileCounts, space: space, minimumSize: request.minimumSize,
      maximumSize: request.maximumSize, minimumGroups: minimumGroups, budget: labelBudget)
    // Own groups per profile first; then sort-and-chunk with the fewest, the middle and the
    // most groups that fit, so the search also starts from other group counts.
    let most = count / request.minimumSize
    let starts =
      [LabelStarts.own(table: table, space: space, search: search)]
      + [fewest, (fewest + most) / 2, most].map {
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
}
