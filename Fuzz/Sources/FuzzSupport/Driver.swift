import CFuzzer

#if canImport(Glibc)
  import Glibc
#endif

/// Runs libFuzzer's driver with the process's arguments and exits with its status.
///
/// - Parameter callback: Called with each input; returns 0.
public func runFuzzer(_ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
}

/// The input as bytes.
///
/// - Parameters:
///   - data: libFuzzer's buffer.
///   - size: Its length.
/// - Returns: A copy.
public func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
  guard let data, size > 0 else { return [] }
  return Array(UnsafeBufferPointer(start: data, count: size))
}
