import Dispatch
import Foundation

/// Two independent reads run at the same time: the second on another thread while the calling
/// thread does the first. A summary's counts and its members come from separate read
/// transactions anyway, so reading them side by side changes nothing but the wait (SQLite's
/// WAL lets readers run together; the PostgreSQL store takes its connection in turn).
enum ConcurrentReads {
  /// Runs both and returns both results; the first error, in argument order, is rethrown once
  /// both have finished.
  ///
  /// - Parameters:
  ///   - first: Runs on the calling thread.
  ///   - second: Runs on another thread.
  /// - Returns: Both results.
  /// - Throws: What either throws.
  static func both<First, Second: Sendable>(
    _ first: () throws -> First, _ second: @escaping @Sendable () throws -> Second
  ) throws -> (First, Second) {
    let outcome = Outcome<Second>()
    let done = DispatchGroup()
    DispatchQueue.global(qos: .userInitiated).async(group: done) {
      outcome.keep(Result { try second() })
    }
    let firstResult = Result { try first() }
    done.wait()
    return (try firstResult.get(), try outcome.result().get())
  }

  /// The second read's result, handed from its thread to the caller's under a lock (checked
  /// by hand: `Mutex` needs macOS 15, the package supports 13).
  private final class Outcome<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: Result<Value, any Error>?

    func keep(_ result: Result<Value, any Error>) {
      lock.withLock { kept = result }
    }

    func result() -> Result<Value, any Error> {
      lock.withLock { kept } ?? .failure(CancellationError())
    }
  }
}
