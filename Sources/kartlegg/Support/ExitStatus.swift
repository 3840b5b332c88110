import ArgumentParser

/// The exit codes of `sysexits.h` that kartlegg uses.
enum ExitStatus {
  /// Bad input data (EX_DATAERR).
  static let dataError = ExitCode(65)
  /// A missing or unreadable input file (EX_NOINPUT).
  static let noInput = ExitCode(66)
  /// An output file that cannot be created (EX_CANTCREAT).
  static let cannotCreate = ExitCode(73)
  /// An internal error (EX_SOFTWARE).
  static let internalError = ExitCode(70)
  /// A temporary failure, such as a busy database (EX_TEMPFAIL).
  static let temporaryFailure = ExitCode(75)
  /// Not permitted: a database file other users could read or replace (EX_NOPERM).
  static let noPermission = ExitCode(77)
}
