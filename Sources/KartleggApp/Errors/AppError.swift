import KartleggCore
import KartleggStore
import KartleggXML

/// Why a use case did not do what was asked: the problems to show, and how the command ends.
///
/// Use cases throw it and never print; the executable shows the problems in the adviser's
/// language and exits with ``status`` in one place.
public struct AppError: Error, Hashable, Sendable {
  /// How the command ends.
  public var status: ExitStatus
  /// What to tell the adviser, in order.
  public var problems: [AppProblem]

  /// Creates an error.
  ///
  /// - Parameters:
  ///   - status: How the command ends.
  ///   - problems: What to tell the adviser.
  public init(_ status: ExitStatus, _ problems: [AppProblem]) {
    self.status = status
    self.problems = problems
  }

  /// One interface message and a status.
  ///
  /// - Parameters:
  ///   - status: How the command ends.
  ///   - key: The interface catalogue's key.
  ///   - arguments: The values for its placeholders.
  public init(_ status: ExitStatus, _ key: String, _ arguments: any CustomStringConvertible...) {
    self.init(status, [AppProblem(.interface(key, arguments.map(\.description)))])
  }

  /// Problems found in an XML file (survey, schema, translation): exit 65.
  ///
  /// - Parameter failure: The loader's problems.
  public init(_ failure: LoadFailure) {
    self.init(.dataError, failure.problems.map(AppProblem.init))
  }

  /// A storage failure: 75 when the database is busy or an erasure is not yet physically
  /// complete (try again), 77 when the database file is open to other users or the database's
  /// grants refuse the role, 66 when it cannot be opened, 64 for a malformed location, 70
  /// otherwise.
  ///
  /// - Parameter error: What the store threw.
  public init(storage error: StorageError) {
    let status: ExitStatus
    switch error {
    case .busy, .erasureIncomplete: status = .temporaryFailure
    case .unsafeFile: status = .permissionDenied
    case .unreadable: status = .noInput
    case .permissionDenied: status = .permissionDenied
    case .invalidLocation: status = .usage
    default: status = .internalError
    }
    self.init(status, [AppProblem(.storage(error))])
  }

  /// Any error a use case meets, as an ``AppError``: itself, a store's, a loader's, or an
  /// internal error.
  ///
  /// - Parameter error: The error.
  /// - Returns: The error to report.
  public static func from(_ error: any Error) -> AppError {
    switch error {
    case let error as AppError: return error
    case let error as StorageError: return AppError(storage: error)
    case let error as LoadFailure: return AppError(error)
    case let error as GroupPlanRefusal: return AppError(refusal: error)
    default: return AppError(.internalError, [AppProblem(.verbatim(String(describing: error)))])
    }
  }

  /// Runs a body and turns whatever it throws into an ``AppError``.
  ///
  /// - Parameter body: The work.
  /// - Returns: What the body returns.
  /// - Throws: ``AppError``.
  public static func mapping<T>(_ body: () throws -> T) throws(AppError) -> T {
    do {
      return try body()
    } catch {
      throw AppError.from(error)
    }
  }
}

extension AppProblem {
  /// A loader's problem with its location.
  ///
  /// - Parameter problem: The problem.
  public init(_ problem: LoadProblem) {
    self.init(.load(problem), at: problem.location)
  }
}

extension AppError {
  /// The warnings of an answers file, each with its location.
  ///
  /// - Parameter file: The file as read.
  /// - Returns: The warnings, in file order.
  public static func warnings(of file: AnswersFile) -> [AppProblem] {
    file.warnings.map { AppProblem(.answer($0.reason), at: $0.location, severity: .warning) }
  }

  /// Problems found in an answers file: exit 65, each with its location.
  ///
  /// - Parameter failure: The reader's problems.
  public init(answers failure: AnswersFileFailure) {
    self.init(
      .dataError,
      failure.problems.map { AppProblem(.answer($0.reason), at: $0.location) })
  }
}
