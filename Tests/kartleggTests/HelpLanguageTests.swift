import Foundation
import Testing

/// `--help` speaks the adviser's language: Norwegian by default, English when chosen.
@Suite struct HelpLanguageTests {
  @Test func rootHelpIsNorwegianByDefault() throws {
    let run = try CommandRun.kartlegg(["--help"])
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("OVERSIKT: Kartlegg digitale ferdigheter hos nyankomne"))
    for english in [
      "OVERVIEW:", "USAGE:", "SUBCOMMANDS:", "Map newcomers", "Check and show survey definitions",
      "Run an intake conversation", "Show help information", "<subcommand>",
    ] {
      #expect(!run.output.contains(english), "English '\(english)' in nb help")
    }
    #expect(run.output.contains("UNDERKOMMANDOER:"))
    #expect(run.output.contains("Gjennomfør en kartleggingssamtale"))
  }

  @Test func intakeHelpHasNoEnglishAbstractOrOptionHelp() throws {
    let run = try CommandRun.kartlegg(["intake", "--help"])
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("OVERSIKT: Gjennomfør en kartleggingssamtale"))
    for english in [
      "Run an intake conversation", "Registers the participant", "Continue an unfinished intake",
      "The database file", "Language of the adviser interface", "OPTIONS:", "<options>",
    ] {
      #expect(!run.output.contains(english), "English '\(english)' in nb help")
    }
    #expect(run.output.contains("--resume <id>           Fortsett en uferdig kartlegging"))
    #expect(run.output.contains("Eksempler:\n  kartlegg intake\n"))
  }

  @Test func nynorskAndEnglishWhenChosen() throws {
    let nynorsk = try CommandRun.kartlegg(["intake", "--help", "--ui-language", "nn"])
    #expect(nynorsk.output.hasPrefix("OVERSYN: Gjennomfør ein kartleggingssamtale"))
    let english = try CommandRun.kartlegg(
      ["intake", "--help"], environment: ["KARTLEGG_UI_LANGUAGE": "en"])
    #expect(english.output.hasPrefix("OVERVIEW: Run an intake conversation"))
    #expect(english.output.contains("--resume <id>           Continue an unfinished intake"))
  }
}
