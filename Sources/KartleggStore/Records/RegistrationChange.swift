/// A correction to a participant's registration; `nil` leaves a field as it is.
public struct RegistrationChange: Hashable, Sendable {
  /// The new name or case reference.
  public var name: String?
  /// The new contact; an empty text removes it.
  public var contact: String?
  /// The new cohort's name (made when new).
  public var cohort: String?
  /// The new programme; an empty text removes it.
  public var programme: String?

  /// Creates a correction.
  ///
  /// - Parameters:
  ///   - name: The new name.
  ///   - contact: The new contact; empty removes it.
  ///   - cohort: The new cohort.
  ///   - programme: The new programme; empty removes it.
  public init(
    name: String? = nil, contact: String? = nil, cohort: String? = nil, programme: String? = nil
  ) {
    self.name = name
    self.contact = contact
    self.cohort = cohort
    self.programme = programme
  }

  /// The fields changed, by name, for the audit log (never their values).
  public var fieldNames: [String] {
    [("name", name), ("contact", contact), ("cohort", cohort), ("programme", programme)]
      .compactMap { $0.1 == nil ? nil : $0.0 }
  }
}
