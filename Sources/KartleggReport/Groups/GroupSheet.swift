/// A teacher's sheet for one group, already in words: the group's profile, channels and
/// interpreter bookings, and per member their name, levels, needs, literacy, Norwegian level,
/// interpreter and channel. Never a survey id.
///
/// Names are personal data: the use case that makes a sheet records it in the audit log.
public struct GroupSheet: Hashable, Sendable {
  /// One member of the group.
  public struct Member: Hashable, Sendable {
    /// The participant's registered name.
    public var name: String
    /// The overall level, in words.
    public var overallLevel: String
    /// The level per dimension, in words, in the order of ``GroupSheet/dimensions``.
    public var levels: [String]
    /// The survey's flags that hold for the member (devices, access, needs), in words.
    public var needs: [String]
    /// Whether they read and write their own language, in words.
    public var literacy: String
    /// Their Norwegian level, in words.
    public var norwegian: String
    /// The interpreter they need (language, dialect and mode), or `nil` for none.
    public var interpreter: String?
    /// The channel to reach them.
    public var channel: String

    /// Creates a member's row.
    ///
    /// - Parameters:
    ///   - name: The name.
    ///   - overallLevel: The overall level.
    ///   - levels: The level per dimension.
    ///   - needs: The flags that hold.
    ///   - literacy: Literacy.
    ///   - norwegian: Norwegian level.
    ///   - interpreter: The interpreter, if one is needed.
    ///   - channel: The channel.
    public init(
      name: String, overallLevel: String, levels: [String], needs: [String], literacy: String,
      norwegian: String, interpreter: String?, channel: String
    ) {
      self.name = name
      self.overallLevel = overallLevel
      self.levels = levels
      self.needs = needs
      self.literacy = literacy
      self.norwegian = norwegian
      self.interpreter = interpreter
      self.channel = channel
    }
  }

  /// The cohort's name.
  public var cohort: String
  /// The group's name.
  public var group: String
  /// Which plan the sheet comes from (accepted, or the latest suggestion), in words.
  public var plan: String
  /// When the sheet was made, local time.
  public var madeAt: String
  /// The group's profile in words ("Bransje: Renhold · Mål: Jobb · Nivå: Nybegynner–Litt øvet").
  public var profile: String
  /// The group's channels with how many each reaches ("WhatsApp 7 + SMS 1"); empty for none.
  public var channels: String
  /// Members no group channel reaches, by name.
  public var unreachable: [String]
  /// Interpreter bookings, one per language and mode ("arabisk, på skjerm: 2").
  public var bookings: [String]
  /// The dimensions' names, in words.
  public var dimensions: [String]
  /// The members, in the plan's order.
  public var members: [Member]
  /// Whether the members are synthetic (a demo cohort).
  public var isSynthetic: Bool

  /// Creates a sheet.
  ///
  /// - Parameters:
  ///   - cohort: The cohort.
  ///   - group: The group.
  ///   - plan: Which plan, in words.
  ///   - madeAt: When, local time.
  ///   - profile: The profile.
  ///   - channels: The channels.
  ///   - unreachable: Members no group channel reaches.
  ///   - bookings: Interpreter bookings.
  ///   - dimensions: The dimensions' names.
  ///   - members: The members.
  ///   - isSynthetic: Whether the members are synthetic.
  public init(
    cohort: String, group: String, plan: String, madeAt: String, profile: String,
    channels: String, unreachable: [String], bookings: [String], dimensions: [String],
    members: [Member], isSynthetic: Bool = false
  ) {
    self.cohort = cohort
    self.group = group
    self.plan = plan
    self.madeAt = madeAt
    self.profile = profile
    self.channels = channels
    self.unreachable = unreachable
    self.bookings = bookings
    self.dimensions = dimensions
    self.members = members
    self.isSynthetic = isSynthetic
  }
}
