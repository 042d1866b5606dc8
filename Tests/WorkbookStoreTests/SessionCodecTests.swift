import FoundationEssentials
import Testing
import WorkbookCore

@testable import WorkbookStore

/// The session file's own writer and reader, held to JSONEncoder's bytes and JSONDecoder's
/// results: the file format is what JSONEncoder wrote (pretty, sorted keys) and must not change,
/// and a field added to the model must not be silently left out of the file.
@Suite struct SessionCodecTests {
  /// The file as JSONEncoder writes it, the reference the hand-written writer must match.
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

  /// Writes and reads `session` both ways; the results must be the same.
  private func expectSameAsCodable(_ session: Session, _ comment: Comment? = nil) throws {
    let written = SessionFileFormat.encode(session)
    let reference = try referenceBytes(session)
    let same = written == reference
    #expect(
      same,
      Comment(
        rawValue: "\(comment?.rawValue ?? "")\n\(String(decoding: written, as: UTF8.self))\n---\n"
          + String(decoding: reference, as: UTF8.self)))
    let read = try #require(SessionJSONReader.session(in: reference), comment)
    #expect(read == (try referenceSession(reference)), comment)
    #expect(read == session, comment)
  }

  @Test func aSessionWithEveryFieldSetIsWrittenAndReadAsCodableDoes() throws {
    let session = SessionCodecSamples.everyFieldSet()
    // A field added to the model without a value here would not be compared: every optional
    // field, at every level, holds a value.
    #expect(SessionCodecSamples.unsetOptionals(in: session) == [])
    try expectSameAsCodable(session)
  }

  @Test func generatedSessionsAreWrittenAndReadAsCodableDoes() throws {
    var generator = SessionCodecSamples.Generator(seed: 7)
    for round in 0..<200 {
      try expectSameAsCodable(generator.session(), "round \(round)")
    }
  }

  @Test func emptyAndMinimalSessionsAreWrittenAndReadAsCodableDoes() throws {
    try expectSameAsCodable(
      Session(
        id: "empty", title: "", createdAt: "", participants: [], strategyID: "",
        contentVersion: ""))
    try expectSameAsCodable(SessionTestSupport.fullSession())
  }

  @Test func theFixturesAreReadAsJSONDecoderReadsThemAndWrittenBackTheSame() throws {
    for name in ["full-session.json", "full-session-before-labels.json"] {
      let bytes = SessionTestSupport.fixture(name)
      let read = try #require(SessionJSONReader.session(in: bytes), "\(name)")
      #expect(read == (try referenceSession(bytes)), "\(name)")
      #expect(SessionFileFormat.encode(read) == (try referenceBytes(read)), "\(name)")
    }
    // An older schema is not this reader's: JSONDecoder migrates it.
    #expect(
      SessionJSONReader.session(in: SessionTestSupport.fixture("session-schema0.json")) == nil)
  }

  /// What the reader declines, JSONDecoder reads (or refuses) instead, so the results and the
  /// errors are the same as before.
  @Test func filesTheReaderIsNotSureOfAreLeftToJSONDecoder() throws {
    let session = SessionTestSupport.fullSession()
    let text = String(decoding: SessionFileFormat.encode(session), as: UTF8.self)
    let variants = [
      text.replacing("\"finishedScoring\" : true", with: "\"finishedScoring\" : 1"),
      text.replacing("\"gatherings\" : 4", with: "\"gatherings\" : 4.0"),
      text.replacing("\"gatherings\" : 4", with: "\"gatherings\" : 4e0"),
      text.replacing("\"title\" : ", with: "\"title\" : null, \"x\" : "),
      text.replacing("\"mode\" : \"workshop\"", with: "\"mode\" : \"team\""),
      text.replacing("\"id\" : \"p2\",", with: ""),
      text.replacing("\"schema\" : 1", with: "\"schema\" : 1, \"schema\" : 1"),
      text.replacing("\"name\" : \"Ana\"", with: "\"name\" : \"\\ud800\""),
    ]
    for variant in variants {
      let bytes = Array(variant.utf8)
      #expect(SessionJSONReader.session(in: bytes) == nil, "\(variant)")
    }
    // Unknown keys are skipped, escapes decoded, null optionals read as absent: as JSONDecoder.
    let extended = Array(
      text.replacing(
        "\"title\" : ",
        with: "\"later\" : {\"a\" : [1, -2.5e3, true, null, \"\\u00e9\"]}, \"title\" : "
      )
      .replacing("\"name\" : \"Ana\"", with: "\"name\" : \"A\\u006e\\ud83c\\udf89\\/\"")
      .replacing(
        "\"recommendationID\" : \"meet\"", with: "\"recommendationID\" : null"
      ).utf8)
    let read = try #require(SessionJSONReader.session(in: extended))
    #expect(read == (try referenceSession(extended)))
    #expect(read.participants[0].name == "An🎉/")
    #expect(read.plan[0].recommendationID == nil)
  }
}
