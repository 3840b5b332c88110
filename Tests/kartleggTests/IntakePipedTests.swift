import Foundation
import Testing

/// The intake with standard input piped, one answer per line, against a fresh database.
@Suite struct IntakePipedTests {
  @Test func aWholeIntakeIsSavedAssessedAndAccepted() throws {
    let database = try TemporaryDatabase()
    let run = try database.run(["intake"], input: IntakeScript.piped(IntakeScript.all))
    #expect(run.status == 0, "\(run.errors)")
    let id = try #require(IntakeScript.participant(in: run.output))
    #expect(run.output.contains("── Bakgrunn · spørsmål 3 av"))
    #expect(run.output.contains("[ti] ኣብ ኣየናይ መደብ ትሳተፉ ኣለኹም? †"))
    #expect(run.output.contains("Resultatet er godkjent og lagret for \(id)."))
    let intake = try database.intake(id)
    let answers = try #require(intake["answers"] as? [String: Any])
    #expect(answers.count == 42)
    #expect(answers["consent.informed"] as? String == "yes")
    #expect(answers["background.work_years"] as? Double == 3)
    #expect(answers["background.work_industry"] as? [String] == ["kindergarten", "school_sfo"])
    #expect(answers["interpreter.language"] as? String == "ti")
    #expect(
      intake["skipped"] as? [String] == [
        "apps.other", "interpreter.dialect", "interpreter.preferences",
      ])
    #expect(intake["status"] as? String == "complete")
    #expect(intake["language"] as? String == "ti")
    let result = try #require(intake["result"] as? [String: Any])
    #expect(result["accepted_by"] as? String == "veileder-test")
    #expect((result["in_force"] as? [String: String])?["interpreter-need"] == "needed")
  }

  @Test func endOfInputSavesAndResumeContinuesAtTheFirstUnansweredQuestion() throws {
    let database = try TemporaryDatabase()
    let first = IntakeScript.registration + IntakeScript.answers.prefix(10)
    let run = try database.run(["intake"], input: IntakeScript.piped(Array(first)))
    #expect(run.status == 0)
    #expect(run.output.contains("Inndata tok slutt: 10 svar er lagret."))
    let id = try #require(IntakeScript.participant(in: run.output))
    #expect(
      run.output.contains(
        "Fortsett med: swift run kartlegg intake --resume \(id) --database '\(database.path)'"))
    #expect((try database.intake(id)["answers"] as? [String: Any])?.count == 10)

    let rest = IntakeScript.answers.dropFirst(10) + ["a"]
    let resumed = try database.run(
      ["intake", "--resume", id.lowercased()], input: IntakeScript.piped(Array(rest)))
    #expect(resumed.status == 0, "\(resumed.errors)")
    #expect(resumed.output.contains("spørsmål 11 av"))
    #expect(!resumed.output.contains("spørsmål 10 av"))
    let intake = try database.intake(id)
    #expect((intake["answers"] as? [String: Any])?.count == 42)
    #expect(intake["status"] as? String == "complete")
  }

  @Test func goingBackChangesTheAnswerAndReturnsToWhereItWas() throws {
    let database = try TemporaryDatabase()
    let lines = IntakeScript.registration + ["1", "ti", "2", "<", "3", "2", "q"]
    let run = try database.run(["intake"], input: IntakeScript.piped(lines))
    #expect(run.status == 0)
    #expect(run.output.contains("Nåværende svar: 2 Jobbsjansen (Enter beholder det)"))
    #expect(run.output.contains("Lagret: 4 svar."))
    let id = try #require(IntakeScript.participant(in: run.output))
    let answers = try #require(try database.intake(id)["answers"] as? [String: Any])
    #expect(answers["background.programme"] as? String == "other")
    #expect(answers["background.goal"] as? String == "education")
  }

  @Test func aBranchThatNoLongerAppliesIsSkippedAndItsAnswerRemoved() throws {
    let database = try TemporaryDatabase()
    // 3 years of work opens "what kind of work"; going back and answering 0 closes it again.
    let lines =
      IntakeScript.registration + ["1", "ti", "1", "1", "1", "3", "1 2", "<", "<", "0", "q"]
    let run = try database.run(["intake"], input: IntakeScript.piped(lines))
    let id = try #require(IntakeScript.participant(in: run.output))
    let answers = try #require(try database.intake(id)["answers"] as? [String: Any])
    #expect(answers["background.work_years"] as? Double == 0)
    #expect(answers["background.work_industry"] == nil)
    let afterZero = try #require(
      run.output.components(separatedBy: "Svar (et tall fra 0 til 60)").last)
    #expect(afterZero.contains("Hvor mange år har du gått på skole"))
    #expect(!afterZero.contains("Hva slags jobb har du hatt?"))
  }

  @Test func invalidInputGetsAClearMessageAndANewPrompt() throws {
    let database = try TemporaryDatabase()
    let lines =
      IntakeScript.registration + [
        "1", "xx", "ti", "9", "1", "1 2", "1", "", "1", "abc", "61", "55", "2,5", ".", "3", "q",
      ]
    let run = try database.run(["intake"], input: IntakeScript.piped(lines))
    #expect(run.status == 0)
    let messages = [
      "! «xx» er ikke i listen; skriv nummeret eller koden.",
      "! Velg et tall fra 1 til 3.",
      "! Velg bare ett.",
      "! Skriv et svar, eller ? for hjelp.",
      "! «abc» er ikke et tall.",
      "! Svaret må være fra 0 til 60.",
      "! Mer enn 50 år i jobb er lite sannsynlig. Sjekk svaret med deltakeren.",
      "! Svaret må være et helt tall.",
      "! Dette spørsmålet må besvares; det kan ikke hoppes over.",
    ]
    for message in messages { #expect(run.output.contains(message), "\(message)") }
    #expect(run.output.components(separatedBy: "Svar (et tall fra 0 til 60)").count - 1 == 6)
    let id = try #require(IntakeScript.participant(in: run.output))
    let answers = try #require(try database.intake(id)["answers"] as? [String: Any])
    #expect(answers["background.work_years"] as? Double == 3)
    #expect(answers.count == 6)
  }

  @Test func helpExplainsTheQuestionAndTheKeys() throws {
    let database = try TemporaryDatabase()
    let lines = IntakeScript.registration + ["?", "q"]
    let run = try database.run(["intake"], input: IntakeScript.piped(lines))
    #expect(run.output.contains("Forklar først, med tolk ved behov"))
    #expect(run.output.contains("< går tilbake for å endre forrige svar"))
  }

  @Test func anOverrideNeedsAReasonAndIsSaved() throws {
    let database = try TemporaryDatabase()
    let lines =
      IntakeScript.registration + IntakeScript.answers
      + ["e", "1", "2", "", "Klarer mer i praksis enn svarene viser", "a"]
    let run = try database.run(["intake"], input: IntakeScript.piped(lines))
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("! En begrunnelse er påkrevd."))
    #expect(run.output.contains("Lagret: Samlet er nå Litt øvet."))
    let id = try #require(IntakeScript.participant(in: run.output))
    let result = try #require(try database.intake(id)["result"] as? [String: Any])
    let overrides = try #require(result["overrides"] as? [[String: Any]])
    #expect(overrides.count == 1)
    #expect(overrides.first?["part"] as? String == "overall-level")
    #expect(overrides.first?["assessed"] as? String == "beginner")
    #expect(overrides.first?["chosen"] as? String == "some")
    #expect(overrides.first?["reason"] as? String == "Klarer mer i praksis enn svarene viser")
    #expect((result["in_force"] as? [String: String])?["overall-level"] == "some")
    let list = try database.run(["participants", "list"])
    #expect(list.output.contains("\(id)  Høst 2026  fullført  Litt øvet"))
  }

  @Test func endOfInputBeforeRegistrationSavesNothing() throws {
    let database = try TemporaryDatabase()
    let run = try database.run(["intake"], input: "Bare navn\n")
    #expect(run.status == 65)
    #expect(run.output.contains("ingenting ble lagret"))
    #expect(try database.run(["participants", "list"]).output.contains("Ingen deltakere."))
  }

  @Test func resumingAnUnknownIdSaysSo() throws {
    let database = try TemporaryDatabase()
    let run = try database.run(["intake", "--resume", "ZZZZ-ZZZZ"])
    #expect(run.status == 65)
    #expect(run.errors.contains("ingen kartlegging for «ZZZZ-ZZZZ»"))
  }
}
