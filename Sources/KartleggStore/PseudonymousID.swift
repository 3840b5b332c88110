import KartleggCore

/// Random participant ids: 40 bits in Crockford's base 32 (no I, L, O or U, so they read aloud
/// and copy by hand without confusion), as two groups of four, e.g. `K7QM-3XPD`. They carry
/// nothing about the person; collisions are retried by the store.
public enum PseudonymousID {
  private static let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")

  static func make<Generator: RandomNumberGenerator>(using generator: inout Generator)
    -> ParticipantID
  {
    let characters = (0..<8).map { _ in alphabet[Int.random(in: 0..<32, using: &generator)] }
    return ParticipantID(String(characters[0..<4]) + "-" + String(characters[4..<8]))
  }

  /// A fresh random id from the system's generator.
  ///
  /// - Returns: The id.
  public static func random() -> ParticipantID {
    var generator = SystemRandomNumberGenerator()
    return make(using: &generator)
  }

  /// The id as typed: case-insensitive, with or without the dash.
  ///
  /// - Parameter text: What the adviser typed.
  /// - Returns: The id in its stored form.
  public static func normalised(_ text: String) -> ParticipantID {
    let letters = text.uppercased().filter { $0 != "-" && $0 != " " }
    guard letters.count == 8 else { return ParticipantID(text) }
    return ParticipantID(String(letters.prefix(4)) + "-" + String(letters.suffix(4)))
  }
}
