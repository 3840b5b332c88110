import KartleggXML

/// libFuzzer entry: any bytes through the XLIFF 2.0 reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = try? XLIFFReader().read(bytes, file: "fuzz.xlf")
  return 0
}
