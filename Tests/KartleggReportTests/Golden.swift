/// Expected output, checked by eye once and kept to the character.
enum Golden {
  /// `Samples.small` as text, 60 columns wide, without colour.
  static let smallText = """
    Cohort summary
    Cohort: Høst 2025
    ! Synthetic data: not real people.
    Participants: 42

    Level
      Beginner         20  █████████████████████████████████████
      Some experience   :
      Experienced       :
      Total            42
      Counts under 5 are hidden (:).

    Access
      No home internet   8  ██████████████████
      No PC             16  ████████████████████████████████████
      Total             42

    Groups
      Suggested groups (policy: level and industry)

      Care A
        Size: 12
        Profile: Beginner, Care
        Channels: WhatsApp
        Interpreters: Arabic

      Logistics
        Size: :
        Profile: Some experience
        Channels: Teams, WhatsApp
        Interpreters: –

    """
}
