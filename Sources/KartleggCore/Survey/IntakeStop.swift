/// A point where an intake ends before the survey could start: when its condition holds after
/// its section, no later question is asked, and the intake gets the stop's status instead of a
/// result (`<stop when="consent.informed = 'no'" status="not-informed"/>`).
///
/// Such an intake is not complete and not assessed: it has no level, channel or interpreter, is
/// never grouped, and the summary lists it as something to act on. Continuing it asks the stop's
/// questions again.
public struct IntakeStop: Hashable, Sendable {
  /// When the intake stops.
  public var condition: Condition
  /// The status a stopped intake gets.
  public var status: IntakeStatus
  /// Where the stop is written.
  public var location: DocumentLocation

  /// Creates a stop.
  ///
  /// - Parameters:
  ///   - condition: When the intake stops.
  ///   - status: The status it gets; ``IntakeStatus/notInformed`` is the one a survey can name.
  ///   - location: Where it is written.
  public init(condition: Condition, status: IntakeStatus, location: DocumentLocation) {
    self.condition = condition
    self.status = status
    self.location = location
  }
}
