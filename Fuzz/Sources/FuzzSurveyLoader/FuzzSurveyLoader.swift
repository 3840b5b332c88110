import FuzzSupport
import KartleggXML

/// libFuzzer entry: any bytes through the survey loader (XML safety, XSD, kartlegg's rules).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  _ = Repository.loader.problems(in: bytes, file: "fuzz.xml")
  return 0
}
