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

  /// Help texts are translated only when help or a usage message is written; every way of
  /// getting there must still speak Norwegian.
  @Test func helpWithoutHelpFlagIsStillNorwegian() throws {
    let group = try CommandRun.kartlegg(["groups"])
    #expect(group.status == 0)
    #expect(group.output.hasPrefix("OVERSIKT: Foreslå, vis, endre og godta grupper"))
    #expect(group.output.contains("UNDERKOMMANDOER:"))
    let helpCommand = try CommandRun.kartlegg(["help", "survey", "check"])
    #expect(helpCommand.status == 0)
    #expect(!helpCommand.output.contains("OVERVIEW:"))
    #expect(helpCommand.output.hasPrefix("OVERSIKT: Kontroller kartlegginger mot skjemaet"))
  }

  @Test func usageErrorNamesValuesInNorwegian() throws {
    let run = try CommandRun.kartlegg(["intake", "--resume"])
    #expect(run.status == 64)
    #expect(run.errors.contains("--resume <id>  Fortsett en uferdig kartlegging"))
    #expect(!run.errors.contains("Continue an unfinished intake"))
  }
}
