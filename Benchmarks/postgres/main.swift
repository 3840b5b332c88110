import Foundation
import KartleggCore
import KartleggPostgres
import KartleggStore

// Load on a shared PostgreSQL: N simulated advisers, each on its own connection and thread,
// answer question after question for a while; each step is what the intake does between the
// adviser's Enter and the next question (record the answer, committed, then read the intake's
// answers back). Reports the step's latency percentiles, errors, and whether every answer
// committed is in the database at the end.
//
//   swift run -c release kartlegg-pg-bench URL [--advisers 50] [--seconds 60] [--think-ms 100]

let arguments = CommandLine.arguments
func option(_ name: String, _ fallback: Int) -> Int {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else {
    return fallback
  }
  return Int(arguments[index + 1]) ?? fallback
}
guard arguments.count > 1, arguments[1].hasPrefix("postgres") else {
  print("usage: kartlegg-pg-bench postgresql://USER@HOST:PORT/DB [--advisers 50] [--seconds 60]")
  exit(64)
}
let advisers = option("--advisers", 50)
let seconds = option("--seconds", 60)
let think = option("--think-ms", 100)

guard case .postgres(let location) = try StorageLocation(parsing: arguments[1]) else { exit(64) }
let schema = "bench_\(UInt32.random(in: 0...UInt32.max))"
let setup = try PostgresStorage(location: location, schema: schema)
let survey = StoredSurvey(hash: "bench", id: "bench", version: "1", source: Array("<s/>".utf8))
try setup.keep(survey)

final class Results: @unchecked Sendable {
  private let lock = NSLock()
  var latencies: [Double] = []
  var errors: [String] = []
  var recorded: [IntakeID: Int] = [:]
  func add(_ samples: [Double], intake: IntakeID, count: Int, errors more: [String]) {
    lock.lock()
    defer { lock.unlock() }
    latencies += samples
    errors += more
    recorded[intake] = count
  }
}
let results = Results()
let deadline = Date().addingTimeInterval(TimeInterval(seconds))
let group = DispatchGroup()
for adviser in 0..<advisers {
  group.enter()
  Thread.detachNewThread {
    defer { group.leave() }
    do {
      let store = try PostgresStorage(location: location, schema: schema)
      let participant = try store.register(
        Registration(name: "Synthetic \(adviser)", cohort: "Bench", isSynthetic: true),
        actor: "adviser-\(adviser)")
      let intake = try store.startIntake(
        for: participant, surveyHash: "bench", language: "ti", actor: "adviser-\(adviser)")
      var samples: [Double] = []
      var errors: [String] = []
      var step = 0
      while Date() < deadline {
        let start = DispatchTime.now().uptimeNanoseconds
        do {
          try store.record(
            .choice(OptionValue("option-\(step % 4)")), for: QuestionID("q\(step)"), in: intake,
            removing: [],
            actor: "adviser-\(adviser)")
          _ = try store.answers(of: intake)
          samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
          step += 1
        } catch {
          errors.append("\(error)")
        }
        if think > 0 { usleep(UInt32(think * 1000)) }
      }
      results.add(samples, intake: intake, count: step, errors: errors)
    } catch {
      results.add([], intake: -Int64(adviser) - 1, count: 0, errors: ["\(error)"])
    }
  }
}
group.wait()

let sorted = results.latencies.sorted()
func percentile(_ p: Double) -> Double {
  sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}
var lost = 0
for (intake, count) in results.recorded where intake > 0 {
  lost += count - (try setup.answers(of: intake).answers.count)
}
print("advisers \(advisers), \(seconds) s, think \(think) ms: \(sorted.count) answers")
print(
  String(
    format: "answer→next ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f", percentile(0.5),
    percentile(0.9), percentile(0.99), sorted.last ?? 0))
print("errors: \(results.errors.count)\(results.errors.first.map { " (first: \($0))" } ?? "")")
print("lost answers: \(lost)")
print("data left in schema \(schema) (drop it, or use a throwaway cluster)")
exit(results.errors.isEmpty && lost == 0 ? 0 : 1)
