/// How a command ends, as the exit codes of `sysexits.h` that kartlegg uses.
public enum ExitStatus: Int32, Hashable, Sendable {
  /// The command line was wrong (EX_USAGE).
  case usage = 64
  /// Bad input data (EX_DATAERR).
  case dataError = 65
  /// A missing or unreadable input file or an unknown cohort (EX_NOINPUT).
  case noInput = 66
  /// An internal error (EX_SOFTWARE).
  case internalError = 70
  /// An output file that cannot be created (EX_CANTCREAT).
  case cannotCreate = 73
  /// A temporary failure, such as a busy database (EX_TEMPFAIL).
  case temporaryFailure = 75
  /// Permission denied: a database role's grants or a file's owner (EX_NOPERM).
  case permissionDenied = 77
}
