/// The sentences of the participant's own result (at the end of the intake and on the
/// printable sheet), translated with the survey's texts in `locales/<survey>/`.
///
/// Their source is Norwegian bokmål, so they join a survey's texts when the survey's own
/// language is nb (as the standard survey's is); `{1}` stands for a value from the survey's
/// texts, such as a level's or channel's label.
public enum ParticipantResultText {
  /// The language the source texts are written in.
  public static let sourceLanguage: LanguageCode = "nb"

  /// Every sentence: key and bokmål source.
  public static let sources: [SourceText] = [
    SourceText(key: "participant.result.title", text: "Ditt resultat"),
    SourceText(key: "participant.result.level", text: "Digitale ferdigheter: {1}"),
    SourceText(key: "participant.result.contact", text: "Vi kontakter deg via: {1}"),
    SourceText(key: "participant.result.interpreter", text: "Tolk: ja, på {1}"),
    SourceText(
      key: "participant.result.no-interpreter", text: "Tolk: nei. Si fra hvis du ønsker tolk."),
    SourceText(
      key: "participant.result.interpreter-ask",
      text: "Tolk: vi spør deg om du ønsker tolk neste gang vi møtes."),
    SourceText(
      key: "participant.result.next",
      text:
        "Neste steg: Du får plass i en gruppe som passer for deg. Veilederen din gir beskjed om tid og sted."
    ),
    SourceText(
      key: "participant.result.provisional",
      text: "Resultatet er foreløpig, fordi noen spørsmål ikke er besvart."),
    SourceText(key: "participant.sheet.id", text: "Deltakernummer: {1}"),
  ]

  /// The sentences that belong to a survey's texts: all of them when the survey is written in
  /// bokmål, none otherwise.
  ///
  /// - Parameter survey: The survey.
  /// - Returns: The source texts.
  public static func sources(for survey: Survey) -> [SourceText] {
    survey.sourceLanguage == sourceLanguage ? sources : []
  }
}
