import KartleggReport
import Testing

struct StableFormatWriterTests {
  private struct Named: Encodable {
    var personName: String
  }

  @Test func jsonKeysAreSnakeCaseAndSorted() throws {
    #expect(try StableJSON.encode(Named(personName: "A")) == "{\n  \"person_name\" : \"A\"\n}")
  }

  @Test(arguments: [
    ("\u{200F}", "\\u200f"), ("\u{061C}", "\\u061c"), ("\u{202E}", "\\u202e"),
    ("\u{2067}", "\\u2067"), ("\u{009B}", "\\u009b"), ("\u{007F}", "\\u007f"),
  ])
  func jsonEscapesInvisibleCharacters(character: String, escape: String) throws {
    let json = try StableJSON.encode(Named(personName: "a\(character)b"))
    #expect(json.contains("a\(escape)b"))
    #expect(!json.contains(character))
  }

  @Test func jsonKeepsVisibleTextByteExact() throws {
    let json = try StableJSON.encode(Named(personName: "ትግርኛ العربية"))
    #expect(json.contains("ትግርኛ العربية"))
  }

  @Test(arguments: [
    ("=SUM(A1)", "'=SUM(A1)"), ("+47 400", "'+47 400"), ("-3", "'-3"), ("@x", "'@x"),
    ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("plain", "plain"),
  ])
  func csvFieldsGuardFormulasAndQuote(raw: String, written: String) {
    #expect(CSVWriter.field(raw) == written)
  }

  @Test func csvDocumentEndsEveryLine() {
    #expect(CSVWriter.document(header: ["a", "b"], rows: [["1", "2"]]) == "a,b\r\n1,2\r\n")
    #expect(CSVWriter.document(header: ["a"], rows: [["1"]], lineEnd: "\n") == "a\n1\n")
  }
}
