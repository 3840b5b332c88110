import KartleggCore
import KartleggStore

/// The stored cohort a name typed on the command line means: the cohort with that name, else
/// the one with it in another case and spacing, as registration matches a typed cohort
/// (``CohortName``). Every command that takes `--cohort NAME` goes through it, so
/// "høst  2026" finds "Høst 2026".
public enum StoredCohort {
  /// The stored name a typed name means.
  ///
  /// - Parameters:
  ///   - typed: The name as typed.
  ///   - store: The store.
  /// - Returns: The stored cohort's own name; the typed name when no cohort has it, for the
  ///   command to report as unknown in its own words.
  /// - Throws: ``AppError`` when the store cannot be read.
  public static func name(_ typed: String, in store: any Storage) throws(AppError) -> String {
    let names: [String]
    do {
      names = try store.cohortNames().sorted()
    } catch {
      throw AppError.from(error)
    }
    if names.contains(typed) { return typed }
    let resolved = CohortName.resolve(typed, among: names)
    return resolved.isNew ? typed : resolved.name
  }
}
