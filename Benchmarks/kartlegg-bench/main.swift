// Benchmarks for kartlegg, run in release mode:
//
//   swift run -c release kartlegg-bench [RESOURCE-DIR] [--iterations N]
//
// Prints the median, 95th percentile and minimum over N runs after a warm-up for loading the
// standard survey from bytes (safe parse, XSD validation, semantic checks), and for assessing
// 100,000 synthetic participants.
import Foundation
import KartleggCore
import KartleggXML

struct Measurement {
  var name: String
  var seconds: [Double]

  var summary: String {
    let sorted = seconds.sorted()
    func ms(_ value: Double) -> String { String(format: "%.3f ms", value * 1000) }
    let p95 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))]
    return
      "\(name): median \(ms(sorted[sorted.count / 2])), p95 \(ms(p95)), min \(ms(sorted[0])) (n=\(sorted.count))"
  }
}

func measure(_ name: String, iterations: Int, _ body: () throws -> Void) rethrows -> Measurement {
  for _ in 0..<max(1, iterations / 10) { try body() }
  var seconds: [Double] = []
  for _ in 0..<iterations {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  return Measurement(name: name, seconds: seconds)
}

let arguments = Array(CommandLine.arguments.dropFirst())
let root = URL(fileURLWithPath: arguments.first { !$0.hasPrefix("--") && Int($0) == nil } ?? ".")
let iterations =
  arguments.firstIndex(of: "--iterations").flatMap { index in
    arguments.indices.contains(index + 1) ? Int(arguments[index + 1]) : nil
  } ?? 200

func bytes(_ path: String) throws -> [UInt8] {
  [UInt8](try Data(contentsOf: root.appendingPathComponent(path)))
}

let schemaBytes = try bytes("surveys/schema/survey-1.xsd")
let surveyBytes = try bytes("surveys/digital-intake.xml")
let schema = try XMLSchema(bytes: schemaBytes, file: "survey-1.xsd")
let loader = SurveyLoader(schema: schema)
let survey = try loader.load(surveyBytes, file: "digital-intake.xml")
print("standard survey: \(survey.questions.count) questions, \(surveyBytes.count) bytes")

let results = [
  try measure("load standard survey (parse + XSD + semantic checks)", iterations: iterations) {
    _ = try loader.load(surveyBytes, file: "digital-intake.xml")
  },
  measure("semantic checks only", iterations: iterations) {
    _ = SurveyValidator().problems(in: survey)
  },
  try measure("compile the XSD (once per process)", iterations: max(10, iterations / 10)) {
    _ = try XMLSchema(bytes: schemaBytes, file: "survey-1.xsd")
  },
]
for result in results { print(result.summary) }

// Scoring: 100,000 synthetic participants, assessed one after another on one core.
let participants =
  arguments.firstIndex(of: "--participants").flatMap { index in
    arguments.indices.contains(index + 1) ? Int(arguments[index + 1]) : nil
  } ?? 100_000
let cohort = SyntheticAnswers(survey: survey).make(count: participants, seed: 2026)
let assessor = Assessor(survey: survey)
var levelled = 0
let scoring = measure("assess \(participants) participants (one core)", iterations: 5) {
  levelled = cohort.reduce(0) { $0 + (assessor.assess($1).overall.decision.level == nil ? 0 : 1) }
}
print(scoring.summary + "; \(levelled) with an overall level")

let cores = ProcessInfo.processInfo.activeProcessorCount
let parallel = measure("assess \(participants) participants (\(cores) cores)", iterations: 5) {
  let chunk = (cohort.count + cores - 1) / cores
  DispatchQueue.concurrentPerform(iterations: cores) { part in
    let slice = cohort[min(cohort.count, part * chunk)..<min(cohort.count, (part + 1) * chunk)]
    for answers in slice { _ = assessor.assess(answers) }
  }
}
print(parallel.summary)

// The leader's summary from facts in memory: tally, tables and disclosure control.
let facts = cohort.map { summaryFacts($0, assessor.assess($0), survey: survey) }
let statistics = measure("cohort summary statistics, \(participants) participants", iterations: 7) {
  _ = summarize(facts, survey: survey)
}
print(statistics.summary)
