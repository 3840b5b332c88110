import FuzzSupport
import KartleggCore

// Any text through the condition parser, and a parsed condition's description back through it.
/// libFuzzer's entry point (its own `main` refers to it; `runFuzzer` passes it as well).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
  let text = String(decoding: bytes(data, size), as: UTF8.self)
  if let expression = try? ExpressionParser().parse(text) {
    _ = try? ExpressionParser().parse(expression.description)
  }
  return 0
}

runFuzzer(fuzz)
