import FuzzSupport
import KartleggCore

// Any bytes through the answers-file reader against the standard survey.

/// One reader for the whole run: building it (checks, assessor, evaluator) costs more than most
/// inputs.
let reader = AnswersFileReader(survey: Repository.survey)

/// libFuzzer's entry point (its own `main` refers to it; `runFuzzer` passes it as well).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  _ = try? reader.read(bytes(data, size), file: "fuzz.json")
  return 0
}

runFuzzer(fuzz)
