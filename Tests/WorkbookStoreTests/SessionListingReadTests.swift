import Testing
import WorkbookCore

@testable import WorkbookStore

/// `workbook list` reads each session without its plan rows' cells and its participants' scores
/// (`SessionFileFormat.decodeForListing`). Held to the whole reading (`decode`) on generated
/// sessions with every field set, the fixtures and damaged files: the same session but for those
/// two, or the same problem; and a file the listing reading takes is one the whole reading takes.
@Suite struct SessionListingReadTests {
  /// The whole session as the listing reading gives it when it reads the file itself.
  static func withoutCellsAndScores(_ session: Session) -> Session {
    var session = session
    for index in session.plan.indices { session.plan[index].cells = [:] }
    for index in session.participants.indices { session.participants[index].scores = [:] }
    if var earlier = session.basedOn {
      for index in earlier.snapshot.plan.indices { earlier.snapshot.plan[index].cells = [:] }
      session.basedOn = earlier
    }
    return session
  }

  /// The session the listing reader itself gives for `bytes` and the store's check accepts: what
  /// `decodeForListing` returns without the whole reading; nil when it leaves the file to it.
  static func takenByListingReader(_ bytes: [UInt8]) -> Session? {
    bytes.withUnsafeBufferPointer { bytes in
      guard SessionFileFormat.isText(bytes),
        let session = SessionJSONReader.listedSession(in: bytes),
        (try? SessionFileCheck.check(session)) != nil
      else { return nil }
      return session
    }
  }

  /// Reads `bytes` both ways and compares; says whether the listing reader read the file itself.
  @discardableResult
  static func expectListedAsWholeReadingReads(_ bytes: [UInt8], _ comment: Comment) -> Bool {
    let listed = Result { () throws(SessionFileProblem) in
      try bytes.withUnsafeBufferPointer { bytes throws(SessionFileProblem) in
        try SessionFileFormat.decodeForListing(bytes)
      }
    }
    let whole = Result { () throws(SessionFileProblem) in try SessionFileFormat.decode(bytes) }
    let taken = takenByListingReader(bytes)
    switch (listed, whole) {
    case (.success(let listed), .success(let whole)):
      // Read by the listing reader: without cells and scores; left to the whole reading: whole.
      #expect(
        listed == (taken == nil ? whole.session : withoutCellsAndScores(whole.session)), comment)
      #expect(taken == nil || taken == listed, comment)
    case (.failure(let listed), .failure(let whole)):
      #expect(taken == nil, comment)
      // Where the own reader declines, both sides are JSONDecoder, whose choice between two
      // problems in one dictionary follows its hash order: compare where it is not asked.
      if SessionJSONReader.session(in: bytes) != nil { #expect(listed == whole, comment) }
    default:
      Issue.record("listed: \(listed) but whole: \(whole); \(comment)")
    }
    return taken != nil
  }

  /// `session` made one the store accepts, with the workbook's own kind of keys (ids of ASCII) for
  /// the cells and scores, scores on the scale: the listing reader reads such files itself.
  static func storable(_ session: Session) -> Session {
    var session = session
    func keyed<Value>(_ values: [String: Value], _ keys: [String]) -> [String: Value] {
      Dictionary(uniqueKeysWithValues: zip(keys, values.keys.sorted().map { values[$0]! }))
    }
    let columns = ["actions", "by-when", "focus", "goal", "who", "x"]
    for index in session.participants.indices {
      session.participants[index].scores = keyed(
        session.participants[index].scores, ["gatherings", "needs", "overall", "score-4"]
      ).mapValues { answer in
        guard case .score(let value) = answer else { return answer }
        return .score(1 + Int(UInt(bitPattern: value) % 5))
      }
    }
    let earlierRows = session.basedOn?.snapshot.plan.map(\.id) ?? []
    for index in session.plan.indices {
      session.plan[index].cells = keyed(session.plan[index].cells, columns)
      if session.plan[index].carriedFrom != nil {
        session.plan[index].carriedFrom = earlierRows.first
      }
    }
    if var earlier = session.basedOn {
      earlier.snapshot.strategyID = session.strategyID
      for index in earlier.snapshot.plan.indices {
        earlier.snapshot.plan[index].cells = keyed(earlier.snapshot.plan[index].cells, columns)
      }
      earlier.planReview = keyed(earlier.planReview, earlierRows)
      session.basedOn = earlier
    }
    if session.agenda != nil { session.agenda = Agenda(minutes: [Agenda.stepIDs[0]: 5]) }
    if session.language != nil { session.language = "de" }
    return session
  }

  @Test func generatedSessionsAreListedAsTheWholeReadingReadsThem() throws {
    var generator = SessionCodecSamples.Generator(seed: 23)
    var taken = 0
    for round in 0..<300 {
      let full = round % 3 != 0
      let session = generator.session(everyField: full)
      Self.expectListedAsWholeReadingReads(SessionFileFormat.encode(session), "round \(round)")
      let storable = Self.storable(session)
      if full { #expect(SessionCodecSamples.unsetParts(in: storable) == [], "round \(round)") }
      let bytes = SessionFileFormat.encode(storable)
      #expect(Self.expectListedAsWholeReadingReads(bytes, "storable, round \(round)"))
      if Self.takenByListingReader(bytes) != nil { taken += 1 }
    }
    #expect(taken == 300)
  }

  @Test func theFixturesAreListedAsTheWholeReadingReadsThem() {
    for name in ["full-session.json", "full-session-before-labels.json"] {
      #expect(Self.expectListedAsWholeReadingReads(SessionTestSupport.fixture(name), "\(name)"))
    }
    // An older schema is left to the whole reading, which migrates it.
    let schema0 = SessionTestSupport.fixture("session-schema0.json")
    #expect(!Self.expectListedAsWholeReadingReads(schema0, "schema 0"))
  }

  /// Damage only the cells and scores can hold, and what the listing reader leaves to the whole
  /// reading though it is not damage (keys out of order, escaped or beyond ASCII, text scores).
  @Test func damagedCellsAndScoresAreRefusedAsTheWholeReadingRefusesThem() {
    let text = String(
      decoding: SessionFileFormat.encode(SessionTestSupport.fullSession()), as: UTF8.self)
    let variants: [(from: String, to: String, taken: Bool)] = [
      ("\"gatherings\" : 4", "\"gatherings\" : 6", false),
      ("\"gatherings\" : 4", "\"gatherings\" : 0", false),
      ("\"gatherings\" : 4", "\"gatherings\" : -4", false),
      ("\"gatherings\" : 4", "\"gatherings\" : \"7\"", false),
      ("\"gatherings\" : 4", "\"gatherings\" : \" 4 \"", true),
      ("\"gatherings\" : 4", "\"gatherings\" : \"NA\"", true),
      ("\"gatherings\" : 4", "\"gatherings\" : 4.0", false),
      ("\"gatherings\" : 4", "\"gatherings\" : true", false),
      ("\"gatherings\" : 4", "\"gatherings\" : 4, \"gatherings\" : 4", false),
      ("\"gatherings\" : 4", "\"zz\" : 4", false),
      ("\"gatherings\" : 4", "\"gatherings\" : 4, \"h\" : 5", true),
      ("\"goal\" : \"Meet monthly\"", "\"goal\" : 5", false),
      ("\"goal\" : \"Meet monthly\"", "\"goal\" : null", false),
      ("\"goal\" : \"Meet monthly\"", "\"goal\" : \"Meet\tmonthly\"", false),
      ("\"goal\" : \"Meet monthly\"", "\"goal\" : \"Meet \\ud800\"", false),
      ("\"goal\" : \"Meet monthly\"", "\"goal\" : \"Meet \\x\"", false),
      ("\"goal\" : \"Meet monthly\"", "\"goal\" : \"Meet \\ud83c\\udf89 \\\" é\"", true),
      ("\"goal\" : \"Meet monthly\"", "\"goal\" : \"a\", \"goal\" : \"b\"", false),
      ("\"goal\" : \"Meet monthly\"", "\"\" : \"a\", \"goal\" : \"b\"", true),
      ("\"goal\" : \"Meet monthly\"", "\"go\\u0061l\" : \"b\"", false),
      ("\"goal\" : \"Meet monthly\"", "\"\u{E9}\" : \"a\", \"goal\" : \"b\"", false),
      ("\"goal\" : \"Meet monthly\"", "\"goal\" : \"b\", \"a\" : \"b\"", false),
      ("\"goal\" : \"Meet monthly\"", "\"goal\" : \"b\", \"goals\" : \"b\"", true),
      ("\"goal\" : \"Meet monthly\"", "\"go\" : \"b\", \"goal\" : \"b\"", true),
      ("\"goal\" : \"Meet monthly\"", "\"goal\" : \"unfinished", false),
      ("\"id\" : \"p2\"", "\"id\" : \"p1\"", false),
    ]
    for (from, to, taken) in variants {
      let variant = text.replacing(from, with: to)
      #expect(variant != text, "\(to)")
      #expect(
        Self.expectListedAsWholeReadingReads(Array(variant.utf8), "\(to)") == taken, "\(to)")
    }
    for bytes in [[], [0x7B, 0x00, 0x7D], [0x7B, 0xFF, 0x7D], Array(text.utf8) + [0]] as [[UInt8]] {
      #expect(!Self.expectListedAsWholeReadingReads(bytes, "\(bytes.prefix(4))"))
    }
  }

  /// The listing reader passes over a cell's plain bytes eight at a time: an escape, a quote, a
  /// backslash or a raw control character at every place of a long cell is found where the whole
  /// reading finds it, and the cell is taken or refused as the whole reading does.
  @Test func aCellIsReadToItsEndWhereverAnEscapeOrAControlStands() {
    let text = String(
      decoding: SessionFileFormat.encode(SessionTestSupport.fullSession()), as: UTF8.self)
    let plain = "Row 12: a sentence for é, 🎉, ~ and the rest."
    let valid = ["\\\"", "\\\\", "\\n", "\\u00e9", "\\ud83c\\udf89"]
    let invalid = ["\t", "\u{1}", "\u{1F}", "\"", "\\x", "\\u12G"]
    for (pieces, taken) in [(valid, true), (invalid, false)] {
      for piece in pieces {
        for place in 0...plain.count {
          let cell = plain.prefix(place) + piece + plain.dropFirst(place)
          let variant = text.replacing("\"Meet monthly\"", with: "\"\(cell)\"")
          #expect(
            Self.expectListedAsWholeReadingReads(Array(variant.utf8), "\(cell)") == taken,
            "\(cell)")
        }
      }
    }
  }

  /// The sessions folder listed for `workbook list` and listed whole: the same files in the same
  /// order, the same broken ones with the same problems, the same sessions but for cells and
  /// scores.
  @Test func aFolderIsListedAsTheWholeReadingListsIt() throws {
    let store = SessionStore(directory: SessionTestSupport.temporaryFolder())
    var generator = SessionCodecSamples.Generator(seed: 5)
    for index in 0..<20 {
      var session = Self.storable(generator.session(everyField: index % 2 == 0))
      session.id = "s\(index)"
      session.updatedAt = "2026-11-\(10 + index % 4)T09:00:00Z"
      var bytes = SessionFileFormat.encode(session)
      if index % 5 == 1 { bytes = Array(bytes.prefix(bytes.count / 2)) }
      if index % 5 == 3 {
        bytes = Array(
          String(decoding: bytes, as: UTF8.self).replacing("\"id\" : \"s", with: "\"id\" : \"t")
            .utf8)
      }
      SessionTestSupport.write(bytes, to: store.path(forID: session.id))
    }
    let listed = try store.list(cellsAndScores: false)
    let whole = try store.list()
    #expect(listed.map(\.path) == whole.map(\.path))
    #expect(listed.map(\.session) == whole.map { $0.session.map(Self.withoutCellsAndScores) })
    #expect(listed.map(\.problem) == whole.map(\.problem))
    #expect(listed.count == 20 && listed.count(where: { $0.session == nil }) == 8)
  }
}

extension SessionSummary {
  fileprivate var problem: SessionFileProblem? {
    if case .broken(let problem) = content { return problem }
    return nil
  }
}
