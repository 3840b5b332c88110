import KartleggCore

/// libFuzzer entry: any text through the condition parser, and a parsed condition's
/// description back through it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  if let expression = try? ExpressionParser().parse(text) {
    _ = try? ExpressionParser().parse(expression.description)
  }
  return 0
}
