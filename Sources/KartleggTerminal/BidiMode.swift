/// How right-to-left text (Arabic, Dari, Pashto, Urdu) reaches the terminal.
public enum BidiMode: String, CaseIterable, Hashable, Sendable {
  /// The terminal applies the Unicode Bidirectional Algorithm itself (GNOME Terminal, Konsole,
  /// mlterm, …): kartlegg prints text in logical order and isolates every right-to-left run
  /// (RLI U+2067 or FSI U+2068 … PDI U+2069) so it cannot pull its neighbours out of place.
  case terminal
  /// The terminal prints characters in the order received (xterm, Windows Terminal, kitty,
  /// Alacritty): kartlegg reorders each wrapped line itself with libfribidi, joins Arabic
  /// letters, and prints no bidi controls.
  case visual

  /// The mode named by a setting (`--bidi` or `KARTLEGG_BIDI`), or `nil` when it names none.
  ///
  /// - Parameter setting: `terminal` or `visual`, in any case, surrounding spaces ignored.
  public init?(setting: String) {
    self.init(rawValue: setting.trimmingWhitespace().lowercased())
  }
}
