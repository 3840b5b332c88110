import KartleggCore

/// libFuzzer entry: any bytes through the roster reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? RosterReader().read(bytes)
  return 0
}
