import KartleggCore
import Testing

@testable import KartleggReport

@Suite struct ParticipantSheetHTMLTests {
  private let arabic = ParticipantResultView(
    language: "ar", isRightToLeft: true, title: "نتيجتك <b>",
    lines: [.init(template: "سنتواصل معك عبر: {1}", values: ["<script>alert(1)</script>"])],
    numberTemplate: "رقم المشارك: {1}")
  private let norwegian = ParticipantResultView(
    language: "nb", isRightToLeft: false, title: "Ditt resultat",
    lines: [.init(template: "Vi kontakter deg via: {1}", values: ["WhatsApp"])],
    numberTemplate: "Deltakernummer: {1}")

  @Test func rightToLeftPageIsA4WithLanguageAndDirection() {
    let html = ParticipantSheetHTML.render(
      participant: arabic, adviser: norwegian, number: "K7QM-3XPD", date: "2026-12-04")
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n"))
    #expect(html.contains("@page { size: A4; margin: 20mm; }"))
    #expect(html.contains("<section lang=\"ar\" dir=\"rtl\">"))
    #expect(html.contains("<section lang=\"nb\" dir=\"ltr\" class=\"adviser\">"))
    #expect(html.contains("<li>Vi kontakter deg via: <bdi>WhatsApp</bdi></li>"))
    #expect(html.contains("رقم المشارك: <bdi>K7QM-3XPD</bdi> · <bdi>2026-12-04</bdi>"))
    #expect(TagBalance.problem(in: html) == nil)
  }

  @Test func everyTextIsEscaped() {
    let html = ParticipantSheetHTML.render(
      participant: arabic, adviser: nil, number: "<i>", date: "2026-12-04")
    #expect(!html.contains("<script>"))
    #expect(html.contains("<bdi>&lt;script&gt;alert(1)&lt;/script&gt;</bdi>"))
    #expect(html.contains("<h1>نتيجتك &lt;b&gt;</h1>"))
    #expect(html.contains("<bdi>&lt;i&gt;</bdi>"))
  }

  @Test func theAdvisersLanguageIsLeftOutWhenItIsTheParticipants() {
    let html = ParticipantSheetHTML.render(
      participant: norwegian, adviser: norwegian, number: "K7QM-3XPD", date: "2026-12-04")
    #expect(html.components(separatedBy: "<section").count == 2)
    #expect(html.contains("<html lang=\"nb\" dir=\"ltr\">"))
  }
}
