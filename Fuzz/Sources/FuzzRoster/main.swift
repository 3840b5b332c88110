import FuzzSupport
import KartleggCore

// Any bytes through the roster reader.
/// libFuzzer's entry point (its own `main` refers to it; `runFuzzer` passes it as well).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  _ = try? RosterReader().read(bytes(data, size))
  return 0
}

runFuzzer(fuzz)
