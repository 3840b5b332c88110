import KartleggCore

/// Who a new participant is and where they belong.
public struct Registration: Hashable, Sendable {
  /// The name or case reference: identity, kept apart from answers.
  public var name: String
  /// How to reach the participant (phone, e-mail), when given: identity too.
  public var contact: String?
  /// The cohort's name; a new name creates the cohort.
  public var cohort: String
  /// The programme, such as `intro` or `jobbsjansen`.
  public var programme: String?
  /// Whether the participant is synthetic (demo and benchmark data).
  public var isSynthetic: Bool

  /// Creates a registration.
  ///
  /// - Parameters:
  ///   - name: The name or case reference.
  ///   - contact: Contact details, if any.
  ///   - cohort: The cohort's name.
  ///   - programme: The programme, if known.
  ///   - isSynthetic: Whether the participant is synthetic.
  public init(
    name: String, contact: String? = nil, cohort: String, programme: String? = nil,
    isSynthetic: Bool = false
  ) {
    self.name = name
    self.contact = contact
    self.cohort = cohort
    self.programme = programme
    self.isSynthetic = isSynthetic
  }
}
