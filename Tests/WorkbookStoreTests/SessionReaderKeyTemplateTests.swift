import FoundationEssentials
import Testing
import WorkbookCore

@testable import WorkbookStore

/// The session reader builds a plan row's cells and a person's scores from the keys of the row
/// or person before when they are written with the same bytes in the same order, without making
/// or hashing them again. Held to JSONDecoder on rows and people whose keys are alike, alike but
/// for one, in other forms, more, fewer, escaped or given twice.
@Suite struct SessionReaderKeyTemplateTests {
  private struct ReferenceFile: Decodable {
    var schema: Int
    var session: Session
  }

  private static let columns = ["actions", "focus", "goal", "who"]

  /// A session whose plan rows have the cells `rows` gives, each with text of its own, and
  /// whose people have the scores `scores` gives.
  private func session(rows: [[String]], scores: [[String]] = []) -> Session {
    var session = SessionTestSupport.fullSession()
    session.plan = rows.enumerated().map { number, keys in
      PlanRow(
        id: "r\(number)",
        cells: Dictionary(uniqueKeysWithValues: keys.map { ($0, "row \(number) \($0)") }))
    }
    session.participants = scores.enumerated().map { number, items in
      Participant(
        id: "p\(number)", name: "Person \(number)",
        scores: Dictionary(
          uniqueKeysWithValues: items.enumerated().map { ($1, .score(($0 + number) % 5 + 1)) }))
    }
    session.labelOrder = session.participants.map(\.id)
    return session
  }

  /// The reader takes `bytes` and reads them as JSONDecoder does.
  private func expectReadAsJSONDecoderReads(_ bytes: [UInt8], _ comment: Comment) throws {
    let read = try #require(SessionJSONReader.session(in: bytes), comment)
    let reference = try JSONDecoder().decode(ReferenceFile.self, from: Data(bytes)).session
    #expect(read == reference, comment)
  }

  @Test func rowsAndPeopleWithKeysAlikeOrNotAreReadAsJSONDecoderReadsThem() throws {
    let columns = Self.columns
    let cases: [(rows: [[String]], scores: [[String]], comment: Comment)] = [
      (Array(repeating: columns, count: 5), Array(repeating: columns, count: 4), "all alike"),
      ([columns, columns, columns + ["when"], columns], [columns, columns + ["x"]], "one more"),
      ([columns, columns, Array(columns.dropLast()), columns], [columns, ["focus"]], "one fewer"),
      ([columns, ["actions", "focus", "goals", "who"], columns], [columns, ["b"]], "one other"),
      (
        [columns, ["actions", "focus", "gaol", "who"], ["actions", "focus", "goal", "why"]],
        [["ab", "cd"], ["ab", "ce"], ["ac", "ce"]], "one other of the same length"
      ),
      ([columns, [], columns, [], []], [[], columns, []], "empty between"),
      (
        [["e\u{301}", "goal"], ["é", "goal"], ["é", "goal"]], [["é"], ["e\u{301}"]], "two forms"
      ),
      ([["a"], ["ab"], ["a"], ["a", "b"], ["b"]], [["a"], ["ab"], ["a"]], "prefixes"),
      ([[""], [""], ["", "a"]], [[""], [""]], "empty keys"),
    ]
    for (rows, scores, comment) in cases {
      try expectReadAsJSONDecoderReads(
        SessionFileFormat.encode(session(rows: rows, scores: scores)), comment)
    }
  }

  /// A key written with an escape, or with white space around it, reads as the same key.
  @Test func keysWrittenOtherwiseThanTheRowBeforeAreReadAsJSONDecoderReadsThem() throws {
    let text = String(
      decoding: SessionFileFormat.encode(session(rows: Array(repeating: Self.columns, count: 4))),
      as: UTF8.self)
    let goal = "\"goal\" : \"row 2 goal\""
    #expect(text.contains(goal))
    for written in [
      "\"go\\u0061l\" : \"row 2 goal\"", "\"goal\"\n: \"row 2 goal\"",
      "\"\\u0067oal\":\"row 2 goal\"",
    ] {
      try expectReadAsJSONDecoderReads(
        Array(text.replacing(goal, with: written).utf8), "\(written)")
    }
  }

  /// A key given twice in a row after one read alike is declined: JSONDecoder reads the file,
  /// as it reads it without the reader.
  @Test func aKeyGivenTwiceAfterARowAlikeIsLeftToJSONDecoder() throws {
    let text = String(
      decoding: SessionFileFormat.encode(session(rows: Array(repeating: Self.columns, count: 3))),
      as: UTF8.self)
    for (original, twice) in [
      ("\"focus\" : \"row 1 focus\"", "\"focus\" : \"row 1 focus\",\n\"focus\" : \"again\""),
      ("\"who\" : \"row 2 who\"", "\"who\" : \"row 2 who\",\n\"who\" : \"again\""),
      ("\"focus\" : \"row 2 focus\"", "\"focus\" : \"row 2 focus\",\n\"fo\\u0063us\" : \"again\""),
    ] {
      #expect(text.contains(original))
      let bytes = Array(text.replacing(original, with: twice).utf8)
      #expect(SessionJSONReader.session(in: bytes) == nil, "\(twice)")
      expectSameReadingAsJSONDecoder(bytes, "\(twice)")
    }
  }
}
