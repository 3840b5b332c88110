import FuzzSupport
import KartleggXML

// Any bytes through the XLIFF 2.0 reader.
/// libFuzzer's entry point (its own `main` refers to it; `runFuzzer` passes it as well).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  _ = try? XLIFFReader().read(bytes(data, size), file: "fuzz.xlf")
  return 0
}

runFuzzer(fuzz)
