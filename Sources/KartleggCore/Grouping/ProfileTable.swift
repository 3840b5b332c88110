/// Members as integer codes: each key's values sorted and numbered, and each distinct code
/// vector (a profile) numbered in lexicographic order. Members with one profile are
/// interchangeable for the key score.
struct ProfileTable {
  /// Per key, the distinct values in sorted order; a code is a position here.
  let valueNames: [[String]]
  /// Per member, one code per key.
  let memberCodes: [[Int]]
  /// The distinct code vectors, in lexicographic order.
  let profiles: [[Int]]
  /// Per member, its profile's position.
  let memberProfiles: [Int]
  /// Per profile, its members in ascending order.
  let profileMembers: [[Int]]

  init(values: [[String]], keyCount: Int) {
    var names: [[String]] = []
    var codes = Array(repeating: [Int](repeating: 0, count: keyCount), count: values.count)
    for key in 0..<keyCount {
      let sorted = Array(Set(values.map { $0[key] })).sorted()
      let code = Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
      for member in values.indices { codes[member][key] = code[values[member][key]] ?? 0 }
      names.append(sorted)
    }
    let distinct = Array(Set(codes)).sorted { $0.lexicographicallyPrecedes($1) }
    let position = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
    let profileOf = codes.map { position[$0] ?? 0 }
    var members = Array(repeating: [Int](), count: distinct.count)
    for (member, profile) in profileOf.enumerated() { members[profile].append(member) }
    valueNames = names
    memberCodes = codes
    profiles = distinct
    memberProfiles = profileOf
    profileMembers = members
  }

  /// How many members have each profile.
  var profileCounts: [Int] { profileMembers.map(\.count) }
}
