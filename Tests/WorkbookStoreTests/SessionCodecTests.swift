import FoundationEssentials
import Testing
import WorkbookCore

@testable import WorkbookStore

/// The session file's own writer and reader, held to JSONEncoder's bytes and JSONDecoder's
/// results: the file format is what JSONEncoder wrote (pretty, sorted keys) and must not change,
/// and no field of the model may be left out of the file or dropped on reading it.
@Suite struct SessionCodecTests {
  /// The file as Codable writes and reads it, the reference for the writer and the reader.
  private struct ReferenceFile: Codable {
    var schema: Int
    var session: Session
  }

  private func referenceBytes(_ session: Session) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(ReferenceFile(schema: 1, session: session))) + [0x0A]
  }

  private func referenceSession(_ bytes: [UInt8]) throws -> Session {
    try JSONDecoder().decode(ReferenceFile.self, from: Data(bytes)).session
  }

  private func utf8Text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  /// Writes `session` with the writer and with JSONEncoder (the same bytes), then reads
  /// JSONEncoder's bytes with the reader and with JSONDecoder (the same session).
  private func expectSameAsCodable(_ session: Session, _ comment: Comment) throws {
    let written = SessionFileFormat.encode(session)
    let reference = try referenceBytes(session)
    #expect(
      written == reference,
      "\(comment)\n\(utf8Text(written))\n--- JSONEncoder:\n\(utf8Text(reference))")
    let read = try #require(
      SessionJSONReader.session(in: reference), "declined: \(comment)\n\(utf8Text(reference))")
    #expect(read == (try referenceSession(reference)), comment)
  }

  @Test func sessionsWithEveryFieldSetAreWrittenAndReadAsCodableDoes() throws {
    var generator = SessionCodecSamples.Generator(seed: 11)
    for round in 0..<300 {
      let session = generator.session(everyField: true)
      // A field of the model the generator does not fill would go unchecked: none may be nil or
      // empty, at any level.
      #expect(SessionCodecSamples.unsetParts(in: session) == [], "round \(round)")
      try expectSameAsCodable(session, "round \(round)")
    }
  }

  @Test func sparseSessionsAreWrittenAndReadAsCodableDoes() throws {
    var generator = SessionCodecSamples.Generator(seed: 7)
    for round in 0..<300 {
      try expectSameAsCodable(generator.session(everyField: false), "round \(round)")
    }
    try expectSameAsCodable(
      Session(
        id: "empty", title: "", createdAt: "", participants: [], strategyID: "",
        contentVersion: ""), "empty")
    try expectSameAsCodable(SessionTestSupport.fullSession(), "full session")
  }

  /// Numbers the workbook never writes (means and medians are between 1 and 5) are still written
  /// as JSONEncoder writes them; the reader reads them alike or leaves them to JSONDecoder.
  @Test func unusualNumbersAreWrittenAsJSONEncoderWritesThem() throws {
    let values: [Double] = [
      0, -0.0, 1e-7, 0.1, 1.0 / 3, 2.5, 123_456_789_012_345_680, 1e16, 1e21, 1.7976931348623157e308,
      .leastNonzeroMagnitude, -4.25,
    ]
    for value in values {
      var session = SessionTestSupport.fullSession()
      session.basedOn = EarlierSession(
        snapshot: SessionSnapshot(
          id: "e", title: "t", organization: "o", createdAt: "c", mode: .solo, strategyID: "s",
          contentVersion: "1",
          items: [
            ItemFigures(itemID: "i", title: "t", answered: 1, mean: value, median: -value)
          ]))
      let reference = try referenceBytes(session)
      #expect(SessionFileFormat.encode(session) == reference, "\(value)")
      if let read = SessionJSONReader.session(in: reference) {
        #expect(read == (try referenceSession(reference)), "\(value)")
      }
    }
  }

  /// The writer looks for what to escape eight bytes at a time and copies the bytes between
  /// escapes whole: a quote, a backslash or a control character at every place of a long text,
  /// and texts of every length around a word's, are escaped as JSONEncoder escapes them.
  @Test func everyEscapeAtEveryPlaceOfALongTextIsWrittenAsJSONEncoderWritesIt() throws {
    let escaped: [Character] = ["\"", "\\", "\u{0}", "\u{8}", "\t", "\n", "\u{C}", "\r", "\u{1F}"]
    let plain = "Row 12: a sentence for é, 🎉, ~ and \u{7F}."
    for length in 0...plain.count {
      var session = SessionTestSupport.fullSession()
      session.facilitatorNotes = String(plain.prefix(length))
      try expectSameAsCodable(session, "length \(length)")
    }
    for character in escaped {
      for place in 0...plain.count {
        var session = SessionTestSupport.fullSession()
        var text = plain
        text.insert(character, at: text.index(text.startIndex, offsetBy: place))
        session.facilitatorNotes = text
        session.plan[0].cells["goal"] = text + text
        try expectSameAsCodable(session, "\(character.unicodeScalars.first!.value) at \(place)")
      }
    }
  }

  /// The writer sorts keys by their first eight bytes as a number and by all their bytes only
  /// where those are equal: keys alike in their first eight bytes, keys that begin others, a NUL,
  /// letters beyond ASCII and two Unicode forms of one letter sort as JSONEncoder sorts them.
  @Test func keysAlikeInTheirFirstBytesAreSortedAsJSONEncoderSortsThem() throws {
    let keys = [
      "", "a", "a\u{0}", "a\u{0}b", "abcdefgh", "abcdefgh\u{0}", "abcdefghi", "abcdefghh",
      "abcdefgz", "abcdefg", "abcdefgé", "abcdefge\u{301}", "score-communication",
      "score-community", "score-c", "é", "e\u{301}", "f", "\u{7F}", "🎉", "日本", "~",
    ]
    for count in [2, 3, 8, keys.count] {
      for offset in 0..<keys.count {
        let chosen = (0..<count).map { keys[(offset + $0 * 5) % keys.count] }
        var session = SessionTestSupport.fullSession()
        session.plan[0].cells = Dictionary(
          chosen.map { ($0, "cell \($0)") }, uniquingKeysWith: { first, _ in first })
        try expectSameAsCodable(session, "\(chosen)")
      }
    }
  }

  @Test func theFixturesAreReadAsJSONDecoderReadsThemAndWrittenBackTheSame() throws {
    for name in ["full-session.json", "full-session-before-labels.json"] {
      let bytes = SessionTestSupport.fixture(name)
      let read = try #require(SessionJSONReader.session(in: bytes), "\(name)")
      #expect(read == (try referenceSession(bytes)), "\(name)")
      #expect(SessionFileFormat.encode(read) == (try referenceBytes(read)), "\(name)")
    }
    // An older schema is not this reader's: the store migrates it through JSONDecoder.
    let schema0 = SessionTestSupport.fixture("session-schema0.json")
    #expect(SessionJSONReader.session(in: schema0) == nil)
    #expect((try SessionFileFormat.decode(schema0)).schema == 0)
  }

  /// A file written by a later workbook, with a field this one does not know, anywhere: the
  /// reader declines it, and the store reads it as it did before the reader (JSONDecoder),
  /// with nothing of what it knows lost.
  @Test func aFileWithAKeyTheReaderDoesNotKnowIsReadByJSONDecoder() throws {
    let session = SessionCodecSamples.everyFieldValid()
    #expect(SessionCodecSamples.unsetParts(in: session) == [])
    let text = utf8Text(try referenceBytes(session))
    // A key of each object of the file, to put an unknown key before.
    let keys = [
      "schema", "anonymous", "finishedScoring", "carriedFrom", "choice", "priority",
      "planReview", "marks", "agreement", "outcome",
    ]
    for key in keys {
      let later = text.replacing(
        "\"\(key)\" : ", with: "\"addedLater\" : {\"kept\" : [1, true]}, \"\(key)\" : ")
      #expect(later != text, "\(key)")
      let bytes = Array(later.utf8)
      #expect(SessionJSONReader.session(in: bytes) == nil, "\(key)")
      let read = try referenceSession(bytes)
      #expect(read == session, "\(key)")
      #expect(try SessionFileFormat.decode(bytes).session == read, "\(key)")
    }
  }

  /// What the reader is not sure of, JSONDecoder reads (or refuses) instead, so the results and
  /// the error messages are the same as before the reader.
  @Test func filesTheReaderIsNotSureOfAreReadAndRefusedAsBefore() throws {
    let session = SessionTestSupport.fullSession()
    let text = utf8Text(SessionFileFormat.encode(session))
    let variants = [
      text.replacing("\"finishedScoring\" : true", with: "\"finishedScoring\" : 1"),
      text.replacing("\"gatherings\" : 4", with: "\"gatherings\" : 4.0"),
      text.replacing("\"gatherings\" : 4", with: "\"gatherings\" : 4e0"),
      text.replacing("\"gatherings\" : 4", with: "\"gatherings\" : 04"),
      text.replacing("\"gatherings\" : 4", with: "\"gatherings\" : \"four\""),
      text.replacing("\"title\" : ", with: "\"title\" : null, \"x\" : "),
      text.replacing("\"mode\" : \"workshop\"", with: "\"mode\" : \"team\""),
      text.replacing("\"id\" : \"p2\",", with: ""),
      text.replacing("\"schema\" : 1", with: "\"schema\" : 1, \"schema\" : 1"),
      text.replacing("\"schema\" : 1", with: "\"schema\" : 2"),
      text.replacing("\"name\" : \"Ana\"", with: "\"name\" : \"\\ud800\""),
      text.replacing("\"name\" : \"Ana\"", with: "\"name\" : \"A\tna\""),
      text.replacing("\"who\" : \"Ana\"", with: "\"who\" : \"Ana\", \"who\" : \"Ana\""),
      text.replacing("\"who\" : \"Ana\"", with: "\"\\u00e9\" : \"Ana\", \"e\\u0301\" : \"Ana\""),
      String(text.dropLast(3)),
      text + "}",
      "\u{FEFF}" + text,
    ]
    for variant in variants {
      #expect(variant != text)
      let bytes = Array(variant.utf8)
      #expect(SessionJSONReader.session(in: bytes) == nil, "\(variant)")
      expectSameReadingAsJSONDecoder(bytes, "\(variant)")
    }
    // Escapes resolved, null optionals read as absent, text answers read as numbers, a minus
    // zero, white space anywhere: as JSONDecoder reads them.
    let unusual = Array(
      text.replacing("\"name\" : \"Ana\"", with: "\"name\" : \"A\\u006e\\ud83c\\udf89\\/\"")
        .replacing("\"recommendationID\" : \"meet\"", with: "\"recommendationID\" : null")
        .replacing("\"gatherings\" : 4", with: "\"gatherings\" : \" 4 \"")
        .replacing("\"overall\" : \"?\"", with: "\"overall\" : -0")
        .replacing(" : ", with: "\t:\r\n ").utf8)
    let read = try #require(SessionJSONReader.session(in: unusual))
    #expect(read == (try referenceSession(unusual)))
    #expect(read.participants[0].name == "An🎉/")
    #expect(read.participants[0].scores["gatherings"] == .score(4))
    #expect(read.plan[0].recommendationID == nil)
  }
}
