import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What happens on Ctrl-C, a closed terminal (SIGHUP) or SIGTERM during an intake: every
/// confirmed answer is already committed, so the program says how to resume and exits.
enum InterruptHandling {
  nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

  static func install(message: String) {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      signal(signalNumber, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
      source.setEventHandler {
        FileHandle.standardError.write(Data(("\n" + message + "\n").utf8))
        exit(signalNumber == SIGINT ? 130 : 128 + signalNumber)
      }
      source.resume()
      sources.append(source)
    }
  }
}
