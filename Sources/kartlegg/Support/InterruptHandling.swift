import Dispatch
import Foundation
import KartleggApp

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What happens on Ctrl-C, a closed terminal (SIGHUP) or SIGTERM during an intake: every
/// confirmed answer is already committed; an answer being saved at that moment is waited for
/// briefly, and the last line says whether it was saved and how to resume.
enum InterruptHandling {
  nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

  static func install(_ notice: InterruptNotice) {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      signal(signalNumber, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
      source.setEventHandler {
        FileHandle.standardError.write(Data(("\n" + notice.message() + "\n").utf8))
        exit(signalNumber == SIGINT ? 130 : 128 + signalNumber)
      }
      source.resume()
      sources.append(source)
    }
  }
}
