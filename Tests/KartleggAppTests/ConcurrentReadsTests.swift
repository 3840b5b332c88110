import Foundation
import Testing

@testable import KartleggApp

/// Two reads side by side give both results, and an error from either reaches the caller.
@Suite struct ConcurrentReadsTests {
  private struct Failure: Error, Equatable {
    let name: String
  }

  @Test func bothResultsComeBack() throws {
    let (first, second) = try ConcurrentReads.both({ 1 + 1 }, { "two" })
    #expect(first == 2)
    #expect(second == "two")
  }

  @Test func theSecondRunsWhileTheFirstDoes() throws {
    // The first waits for the second to start: it would wait forever if they ran in turn.
    let started = DispatchSemaphore(value: 0)
    let (waited, _) = try ConcurrentReads.both(
      { started.wait(timeout: .now() + 10) == .success }, { started.signal() })
    #expect(waited)
  }

  @Test func anErrorFromEitherIsRethrown() {
    #expect(throws: Failure(name: "second")) {
      try ConcurrentReads.both({ 1 }, { () throws -> Int in throw Failure(name: "second") })
    }
    #expect(throws: Failure(name: "first")) {
      try ConcurrentReads.both({ () throws -> Int in throw Failure(name: "first") }, { 2 })
    }
  }

  @Test func theFirstErrorWinsWhenBothFail() {
    #expect(throws: Failure(name: "first")) {
      try ConcurrentReads.both(
        { () throws -> Int in throw Failure(name: "first") },
        { () throws -> Int in throw Failure(name: "second") })
    }
  }
}
