/// Expected output, checked by eye once and kept to the character.
enum Golden {
  /// `Samples.small` as text, 60 columns wide, without colour.
  static let smallText = """
    Cohort summary
    Cohort: Høst 2025
    ! Synthetic data: not real people.
    Made 2025-09-01 09:00 +02:00
    Survey: Digital intake (1.0)
    Participants: 42

    Overview
      Level (% of 42): Beginner 20 (48 %) · Some experience : ·
      Experienced :
      Groups: 2 (12) · Suggested groups (policy: level and
      industry)

    All tables

    Level
      Beginner         20 (48 %)  ██████████████████████████████
      Some experience          :
      Experienced              :
      Total                   42
      Counts under 5 are hidden (:).

    Access
      No home internet   8 (19 %)  ██████████████▌
      No PC             16 (38 %)  █████████████████████████████
      Total                    42

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
