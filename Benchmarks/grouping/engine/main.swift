// The grouping engine on one request, for Benchmarks/grouping/interpreters.py:
//
//   swift run -c release grouping-bench REQUEST.json
//
// REQUEST.json: {"keys": [{"name", "weight", "min_share"?}], "min", "max", "target"?, "balance":
// {"max_languages"?, "booking_weight", "max_span"?, "span_weight", "target_weight"},
// "members": [{"id", "values": [...], "language"?, "band"?}]}. Prints {"groups": [[id, …]],
// "seconds": …, "cpu_seconds": …} with the groups in plan order; the seconds (wall clock) and
// CPU seconds (this process's user and system time, steadier on a shared machine) are the
// medians of three runs.
import Foundation
import KartleggCore

struct Request: Decodable {
  struct Key: Decodable {
    var name: String
    var weight: Int
    var minShare: Int?
  }
  struct Balance: Decodable {
    var maxLanguages: Int?
    var bookingWeight: Int
    var maxSpan: Int?
    var spanWeight: Int
    var targetWeight: Int
  }
  struct Member: Decodable {
    var id: String
    var values: [String]
    var language: String?
    var band: Int?
  }
  var keys: [Key]
  var min: Int
  var max: Int
  var target: Int?
  var balance: Balance
  var members: [Member]
}

struct Output: Encodable {
  var groups: [[String]]
  var seconds: Double
  var cpuSeconds: Double
}

/// This process's CPU time so far, user and system.
func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
  let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
  return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

guard CommandLine.arguments.count == 2 else {
  FileHandle.standardError.write(Data("usage: grouping-bench REQUEST.json\n".utf8))
  exit(64)
}
let decoder = JSONDecoder()
decoder.keyDecodingStrategy = .convertFromSnakeCase
let encoder = JSONEncoder()
encoder.keyEncodingStrategy = .convertToSnakeCase
let input = try decoder.decode(
  Request.self, from: Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1])))
let request = GroupingRequest(
  keys: input.keys.map {
    GroupingRequest.Key(name: $0.name, weight: $0.weight, minimumShare: $0.minShare)
  },
  members: input.members.map {
    GroupingRequest.Member(
      id: $0.id, values: $0.values, interpreterLanguage: $0.language, band: $0.band)
  },
  minimumSize: input.min, maximumSize: input.max, targetSize: input.target,
  balance: GroupBalance(
    maximumInterpreterLanguages: input.balance.maxLanguages,
    bookingWeight: input.balance.bookingWeight, maximumLevelSpan: input.balance.maxSpan,
    levelSpanWeight: input.balance.spanWeight, targetWeight: input.balance.targetWeight))
var times: [Double] = []
var cpu: [Double] = []
var plan: GroupPlan?
for _ in 0..<3 {
  let start = DispatchTime.now().uptimeNanoseconds
  let startCPU = cpuSeconds()
  plan = try GroupPlanner.plan(for: request)
  times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  cpu.append(cpuSeconds() - startCPU)
}
let groups = (plan?.groups ?? []).map { group in group.members.map { input.members[$0].id } }
let output = Output(groups: groups, seconds: times.sorted()[1], cpuSeconds: cpu.sorted()[1])
FileHandle.standardOutput.write(try encoder.encode(output))
FileHandle.standardOutput.write(Data("\n".utf8))
