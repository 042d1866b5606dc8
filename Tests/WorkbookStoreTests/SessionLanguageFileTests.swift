import Testing
import WorkbookCore
import WorkbookStore

/// The language a session remembers, in its file: it round-trips, a file from before has none and
/// is written back byte for byte, and a value that is no language tag is refused by name.
@Suite struct SessionLanguageFileTests {
  @Test func theLanguageRoundTripsAsOneSortedKey() throws {
    var session = SessionTestSupport.fullSession()
    session.language = "de-at"
    let bytes = SessionFileFormat.encode(session)
    #expect(try SessionFileFormat.decode(bytes).session == session)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("\n    \"language\" : \"de-at\",\n"))
    // Sorted among the others, as every key is.
    let labelOrder = try #require(text.range(of: "\"labelOrder\""))
    let language = try #require(text.range(of: "\"language\""))
    let mode = try #require(text.range(of: "\"mode\""))
    #expect(labelOrder.lowerBound < language.lowerBound && language.lowerBound < mode.lowerBound)
  }

  @Test func aFileFromBeforeHasNoLanguageAndIsWrittenBackUnchanged() throws {
    let bytes = SessionTestSupport.fixture("full-session.json")
    let session = try SessionFileFormat.decode(bytes).session
    #expect(session.language == nil)
    #expect(SessionFileFormat.encode(session) == bytes)
  }

  @Test func aLanguageThatIsNoTagIsRefusedByName() {
    var session = SessionTestSupport.fullSession()
    session.language = "de"
    let text = String(decoding: SessionFileFormat.encode(session), as: UTF8.self)
    let broken = text.replacing("\"language\" : \"de\"", with: "\"language\" : \"12\"")
    #expect(broken != text)
    #expect(
      throws: SessionFileProblem.invalidField(
        path: "session.language",
        detail: "is \"12\", which is not a language tag; use one such as de, fr or en, or remove "
          + "the field")
    ) {
      _ = try SessionFileFormat.decode(Array(broken.utf8))
    }
  }
}
