/// Registration details given on the command line; the rest are asked.
public struct PartialRegistration: Sendable {
  /// The name or case reference.
  public var name: String?
  /// Phone or e-mail.
  public var contact: String?
  /// The cohort's name.
  public var cohort: String?
  /// The programme's option value.
  public var programme: String?

  /// Creates the details.
  ///
  /// - Parameters:
  ///   - name: The name or case reference.
  ///   - contact: Phone or e-mail.
  ///   - cohort: The cohort's name.
  ///   - programme: The programme's option value.
  public init(
    name: String? = nil, contact: String? = nil, cohort: String? = nil, programme: String? = nil
  ) {
    self.name = name
    self.contact = contact
    self.cohort = cohort
    self.programme = programme
  }
}
