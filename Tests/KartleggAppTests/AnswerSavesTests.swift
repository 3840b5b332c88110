import Foundation
import Testing

@testable import KartleggApp

struct AnswerSavesTests {
  private struct Failed: Error {}

  @Test func nothingInFlightIsIdle() {
    #expect(AnswerSaves().settle(timeout: 0.1) == .idle)
  }

  @Test func aSaveInFlightThatCommitsIsReportedSaved() async throws {
    let saves = AnswerSaves()
    let started = DispatchSemaphore(value: 0)
    let thread = Thread {
      try? saves.tracking {
        started.signal()
        Thread.sleep(forTimeInterval: 0.2)
      }
    }
    thread.start()
    started.wait()
    #expect(saves.settle(timeout: 2) == .saved)
  }

  @Test func aSaveInFlightThatFailsIsReportedNotSaved() async throws {
    let saves = AnswerSaves()
    let started = DispatchSemaphore(value: 0)
    let thread = Thread {
      try? saves.tracking {
        started.signal()
        Thread.sleep(forTimeInterval: 0.2)
        throw Failed()
      }
    }
    thread.start()
    started.wait()
    #expect(saves.settle(timeout: 2) == .saving)
  }
}
