import FuzzSupport
import KartleggXML

// Any bytes through the survey loader (XML safety, XSD, kartlegg's rules).
/// libFuzzer's entry point (its own `main` refers to it; `runFuzzer` passes it as well).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  _ = Repository.loader.problems(in: bytes(data, size), file: "fuzz.xml")
  return 0
}

runFuzzer(fuzz)
