import FuzzSupport
import KartleggCore

/// libFuzzer entry: any bytes through the answers-file reader against the standard survey.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? AnswersFileReader(survey: Repository.survey).read(bytes, file: "fuzz.json")
  return 0
}
