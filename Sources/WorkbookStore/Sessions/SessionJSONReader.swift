import WorkbookCore

/// Reads a schema 1 session file straight into the model, without Codable's generic path (cold
/// at start-up it was most of opening a session; over many files, most of `list`).
///
/// It reads only files it is sure of, and it can never drop a field: a key it does not know,
/// anywhere (a file from a newer workbook, or a field added to the model and not to this reader),
/// a field given twice or missing, a value of a kind it does not expect, a number with a fraction
/// where a whole number goes: for each it declines, and `SessionFileFormat` reads the file with
/// JSONDecoder as before, which also says what is wrong. Its own reasons are never shown.
///
/// Its syntax is stricter than the syntax check's (`JSONSyntaxCheck`), so a file it reads is one
/// the check passes, and the check need not run: only the text's UTF-8 is checked before it.
/// The tests hold it to JSONDecoder's results on generated sessions that set every field, on the
/// fixtures and on fuzzed files.
struct SessionJSONReader {
  /// Why the reader gave up; the file is then read the slow way.
  struct Declined: Error {}

  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  /// Whether the plan rows' cells and the participants' scores are only checked, not kept (see
  /// `listedSession(in:)`).
  private let listing: Bool

  /// The session of a schema 1 file, or nil when this reader cannot vouch for the file.
  static func session(in bytes: [UInt8]) -> Session? {
    bytes.withUnsafeBufferPointer { bytes in
      var reader = SessionJSONReader(bytes: bytes, listing: false)
      return try? reader.file()
    }
  }

  /// The session of a schema 1 file as `workbook list` needs it: every field but the plan rows'
  /// cells and the participants' scores, which are left empty (list shows neither, and they are
  /// most of a file). They are still read through, so a file is taken only when `session(in:)`
  /// would take it too: each cell must be text and each score one `SessionFileCheck` accepts, and
  /// the keys of both must be plain ASCII in ascending order, as the workbook writes them, so
  /// that no two are equal. Anything else is declined (nil), and the file is read whole.
  static func listedSession(in bytes: UnsafeBufferPointer<UInt8>) -> Session? {
    var reader = SessionJSONReader(bytes: bytes, listing: true)
    return try? reader.file()
  }

  /// The keys of the last plan row's cells and of the last person's scores: the next row or
  /// person nearly always has the same (see `dictionary(keyedLike:_:)`).
  private var cellKeys = KeyTemplate()
  private var scoreKeys = KeyTemplate()

  private init(bytes: UnsafeBufferPointer<UInt8>, listing: Bool) {
    self.bytes = bytes
    self.listing = listing
  }

  // MARK: The model

  private mutating func file() throws(Declined) -> Session {
    var schema: Int?
    var session: Session?
    skipSpace()
    try object { reader, key throws(Declined) in
      switch key {
      case "schema": try reader.once(&schema) { reader throws(Declined) in try reader.integer() }
      case "session":
        try reader.once(&session) { reader throws(Declined) in try reader.session() }
      default: throw Declined()
      }
    }
    skipSpace()
    guard schema == SessionFileFormat.currentSchema, index == bytes.count, let session else {
      throw Declined()
    }
    return session
  }

  private mutating func session() throws(Declined) -> Session {
    var id: String?
    var title: String?
    var organization: String?
    var createdAt: String?
    var updatedAt: String?
    var mode: SessionMode?
    var participants: [Participant]?
    var anonymous: Bool?
    var labelOrder: [String]??
    var strategyID: String?
    var contentVersion: String?
    var scoresRevealed: Bool?
    var reflection: [String: ReflectionAnswer]?
    var reviews: [String: RecommendationReview]?
    var plan: [PlanRow]?
    var facilitatorNotes: String?
    var agenda: Agenda??
    var basedOn: EarlierSession??
    var language: String??
    try object { reader, key throws(Declined) in
      switch key {
      case "id": try reader.once(&id) { reader throws(Declined) in try reader.string() }
      case "title": try reader.once(&title) { reader throws(Declined) in try reader.string() }
      case "organization":
        try reader.once(&organization) { reader throws(Declined) in try reader.string() }
      case "createdAt":
        try reader.once(&createdAt) { reader throws(Declined) in try reader.string() }
      case "updatedAt":
        try reader.once(&updatedAt) { reader throws(Declined) in try reader.string() }
      case "mode": try reader.once(&mode) { reader throws(Declined) in try reader.enumeration() }
      case "participants":
        try reader.once(&participants) { reader throws(Declined) in
          try reader.list { reader throws(Declined) in try reader.participant() }
        }
      case "anonymous":
        try reader.once(&anonymous) { reader throws(Declined) in try reader.boolean() }
      case "labelOrder":
        try reader.once(&labelOrder) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in try reader.strings() }
        }
      case "strategyID":
        try reader.once(&strategyID) { reader throws(Declined) in try reader.string() }
      case "contentVersion":
        try reader.once(&contentVersion) { reader throws(Declined) in try reader.string() }
      case "scoresRevealed":
        try reader.once(&scoresRevealed) { reader throws(Declined) in try reader.boolean() }
      case "reflection":
        try reader.once(&reflection) { reader throws(Declined) in
          try reader.dictionary { reader throws(Declined) in try reader.reflectionAnswer() }
        }
      case "reviews":
        try reader.once(&reviews) { reader throws(Declined) in
          try reader.dictionary { reader throws(Declined) in try reader.review() }
        }
      case "plan":
        try reader.once(&plan) { reader throws(Declined) in
          try reader.list { reader throws(Declined) in try reader.planRow() }
        }
      case "facilitatorNotes":
        try reader.once(&facilitatorNotes) { reader throws(Declined) in try reader.string() }
      case "agenda":
        try reader.once(&agenda) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in
            Agenda(
              minutes: try reader.dictionary { reader throws(Declined) in try reader.integer() })
          }
        }
      case "basedOn":
        try reader.once(&basedOn) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in try reader.earlierSession() }
        }
      case "language":
        try reader.once(&language) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in try reader.string() }
        }
      default: throw Declined()
      }
    }
    guard let id, let title, let organization, let createdAt, let updatedAt, let mode,
      let participants, let anonymous, let strategyID, let contentVersion, let scoresRevealed,
      let reflection, let reviews, let plan, let facilitatorNotes
    else { throw Declined() }
    return Session(
      id: id, title: title, organization: organization, createdAt: createdAt,
      updatedAt: updatedAt, mode: mode, participants: participants, anonymous: anonymous,
      labelOrder: labelOrder ?? nil, strategyID: strategyID, contentVersion: contentVersion,
      scoresRevealed: scoresRevealed, reflection: reflection, reviews: reviews, plan: plan,
      facilitatorNotes: facilitatorNotes, agenda: agenda ?? nil, basedOn: basedOn ?? nil,
      language: language ?? nil)
  }

  private mutating func participant() throws(Declined) -> Participant {
    var id: String?
    var name: String?
    var scores: [String: ScoreAnswer]?
    var finishedScoring: Bool?
    try object { reader, key throws(Declined) in
      switch key {
      case "id": try reader.once(&id) { reader throws(Declined) in try reader.string() }
      case "name": try reader.once(&name) { reader throws(Declined) in try reader.string() }
      case "scores":
        try reader.once(&scores) { reader throws(Declined) in
          guard !reader.listing else {
            try reader.checkedObject { reader throws(Declined) in try reader.checkScoreAnswer() }
            return [:]
          }
          return try reader.scores()
        }
      case "finishedScoring":
        try reader.once(&finishedScoring) { reader throws(Declined) in try reader.boolean() }
      default: throw Declined()
      }
    }
    guard let id, let name, let scores, let finishedScoring else { throw Declined() }
    return Participant(id: id, name: name, scores: scores, finishedScoring: finishedScoring)
  }

  /// A whole number, or text as `ScoreAnswer.init(from:)` reads it ("?", "na", " 3 ").
  private mutating func scoreAnswer() throws(Declined) -> ScoreAnswer {
    if current == UInt8(ascii: "\"") {
      guard let answer = ScoreAnswer(token: try string(), scale: Int.min...Int.max) else {
        throw Declined()
      }
      return answer
    }
    return .score(try integer())
  }

  /// The scores `SessionFileCheck` accepts.
  private static let scale = ScoreScale().values

  /// A score as `scoreAnswer()` reads it, only checked: one the store's check would refuse (off
  /// the scale) is declined, so that the whole reading says what is wrong with it.
  private mutating func checkScoreAnswer() throws(Declined) {
    guard let value = try scoreAnswer().value else { return }
    guard Self.scale.contains(value) else { throw Declined() }
  }

  private mutating func planRow() throws(Declined) -> PlanRow {
    var id: String?
    var cells: [String: String]?
    var recommendationID: String??
    var carriedFrom: String??
    try object { reader, key throws(Declined) in
      switch key {
      case "id": try reader.once(&id) { reader throws(Declined) in try reader.string() }
      case "cells":
        try reader.once(&cells) { reader throws(Declined) in
          guard !reader.listing else {
            try reader.checkedObject { reader throws(Declined) in try reader.checkString() }
            return [:]
          }
          return try reader.cells()
        }
      case "recommendationID":
        try reader.once(&recommendationID) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in try reader.string() }
        }
      case "carriedFrom":
        try reader.once(&carriedFrom) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in try reader.string() }
        }
      default: throw Declined()
      }
    }
    guard let id, let cells else { throw Declined() }
    return PlanRow(
      id: id, cells: cells, recommendationID: recommendationID ?? nil,
      carriedFrom: carriedFrom ?? nil)
  }

  private mutating func reflectionAnswer() throws(Declined) -> ReflectionAnswer {
    var text: String?
    var choice: String??
    try object { reader, key throws(Declined) in
      switch key {
      case "text": try reader.once(&text) { reader throws(Declined) in try reader.string() }
      case "choice":
        try reader.once(&choice) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in try reader.string() }
        }
      default: throw Declined()
      }
    }
    guard let text else { throw Declined() }
    return ReflectionAnswer(text: text, choice: choice ?? nil)
  }

  private mutating func review() throws(Declined) -> RecommendationReview {
    var status: ReviewStatus?
    var priority: Priority??
    var note: String?
    try object { reader, key throws(Declined) in
      switch key {
      case "status":
        try reader.once(&status) { reader throws(Declined) in try reader.enumeration() }
      case "priority":
        try reader.once(&priority) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in try reader.enumeration() }
        }
      case "note": try reader.once(&note) { reader throws(Declined) in try reader.string() }
      default: throw Declined()
      }
    }
    guard let status, let note else { throw Declined() }
    return RecommendationReview(status: status, priority: priority ?? nil, note: note)
  }

  private mutating func earlierSession() throws(Declined) -> EarlierSession {
    var snapshot: SessionSnapshot?
    var planReview: [String: PlanRowReview]?
    try object { reader, key throws(Declined) in
      switch key {
      case "snapshot":
        try reader.once(&snapshot) { reader throws(Declined) in try reader.snapshot() }
      case "planReview":
        try reader.once(&planReview) { reader throws(Declined) in
          try reader.dictionary { reader throws(Declined) in try reader.planRowReview() }
        }
      default: throw Declined()
      }
    }
    guard let snapshot, let planReview else { throw Declined() }
    return EarlierSession(snapshot: snapshot, planReview: planReview)
  }

  private mutating func snapshot() throws(Declined) -> SessionSnapshot {
    var id: String?
    var title: String?
    var organization: String?
    var createdAt: String?
    var mode: SessionMode?
    var strategyID: String?
    var contentVersion: String?
    var items: [ItemFigures]??
    var marks: [String: ReviewStatus]?
    var plan: [PlanRow]?
    try object { reader, key throws(Declined) in
      switch key {
      case "id": try reader.once(&id) { reader throws(Declined) in try reader.string() }
      case "title": try reader.once(&title) { reader throws(Declined) in try reader.string() }
      case "organization":
        try reader.once(&organization) { reader throws(Declined) in try reader.string() }
      case "createdAt":
        try reader.once(&createdAt) { reader throws(Declined) in try reader.string() }
      case "mode": try reader.once(&mode) { reader throws(Declined) in try reader.enumeration() }
      case "strategyID":
        try reader.once(&strategyID) { reader throws(Declined) in try reader.string() }
      case "contentVersion":
        try reader.once(&contentVersion) { reader throws(Declined) in try reader.string() }
      case "items":
        try reader.once(&items) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in
            try reader.list { reader throws(Declined) in try reader.itemFigures() }
          }
        }
      case "marks":
        try reader.once(&marks) { reader throws(Declined) in
          try reader.dictionary { reader throws(Declined) in try reader.enumeration() }
        }
      case "plan":
        try reader.once(&plan) { reader throws(Declined) in
          try reader.list { reader throws(Declined) in try reader.planRow() }
        }
      default: throw Declined()
      }
    }
    guard let id, let title, let organization, let createdAt, let mode, let strategyID,
      let contentVersion, let marks, let plan
    else { throw Declined() }
    return SessionSnapshot(
      id: id, title: title, organization: organization, createdAt: createdAt, mode: mode,
      strategyID: strategyID, contentVersion: contentVersion, items: items ?? nil, marks: marks,
      plan: plan)
  }

  private mutating func itemFigures() throws(Declined) -> ItemFigures {
    var itemID: String?
    var title: String?
    var answered: Int?
    var dontKnow: Int?
    var notApplicable: Int?
    var unanswered: Int?
    var mean: Double??
    var median: Double??
    var agreement: Agreement??
    try object { reader, key throws(Declined) in
      switch key {
      case "itemID": try reader.once(&itemID) { reader throws(Declined) in try reader.string() }
      case "title": try reader.once(&title) { reader throws(Declined) in try reader.string() }
      case "answered":
        try reader.once(&answered) { reader throws(Declined) in try reader.integer() }
      case "dontKnow":
        try reader.once(&dontKnow) { reader throws(Declined) in try reader.integer() }
      case "notApplicable":
        try reader.once(&notApplicable) { reader throws(Declined) in try reader.integer() }
      case "unanswered":
        try reader.once(&unanswered) { reader throws(Declined) in try reader.integer() }
      case "mean":
        try reader.once(&mean) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in try reader.double() }
        }
      case "median":
        try reader.once(&median) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in try reader.double() }
        }
      case "agreement":
        try reader.once(&agreement) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in try reader.enumeration() }
        }
      default: throw Declined()
      }
    }
    guard let itemID, let title, let answered, let dontKnow, let notApplicable, let unanswered
    else { throw Declined() }
    return ItemFigures(
      itemID: itemID, title: title, answered: answered, dontKnow: dontKnow,
      notApplicable: notApplicable, unanswered: unanswered, mean: mean ?? nil,
      median: median ?? nil, agreement: agreement ?? nil)
  }

  private mutating func planRowReview() throws(Declined) -> PlanRowReview {
    var outcome: PlanRowOutcome?
    var note: String?
    try object { reader, key throws(Declined) in
      switch key {
      case "outcome":
        try reader.once(&outcome) { reader throws(Declined) in try reader.enumeration() }
      case "note": try reader.once(&note) { reader throws(Declined) in try reader.string() }
      default: throw Declined()
      }
    }
    guard let outcome, let note else { throw Declined() }
    return PlanRowReview(outcome: outcome, note: note)
  }

  // MARK: JSON

  /// The byte at the reader, nil at the end. The reader always stands on a value's first byte,
  /// white space skipped, when a value is read.
  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  /// JSON's white space: space, tab, line feed, carriage return.
  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func expect(_ byte: UInt8) throws(Declined) {
    guard current == byte else { throw Declined() }
    index += 1
    skipSpace()
  }

  /// Reads a field's value into `field`; a field given twice is declined.
  private mutating func once<Value>(
    _ field: inout Value?, _ read: (inout SessionJSONReader) throws(Declined) -> Value
  ) throws(Declined) {
    guard field == nil else { throw Declined() }
    field = try read(&self)
  }

  /// Null as nil, as `decodeIfPresent` reads it.
  private mutating func optional<Value>(
    _ read: (inout SessionJSONReader) throws(Declined) -> Value
  ) throws(Declined) -> Value? {
    if current == UInt8(ascii: "n") {
      try literal("null")
      return nil
    }
    return try read(&self)
  }

  /// An object's members, each key handed to `member` with the reader on the value: as the
  /// bytes written for it, matched against a field's name without making a string of it, or as
  /// the text its escapes stand for.
  private mutating func object(
    _ member: (inout SessionJSONReader, FieldName) throws(Declined) -> Void
  ) throws(Declined) {
    try expect(UInt8(ascii: "{"))
    if current == UInt8(ascii: "}") { return try expect(UInt8(ascii: "}")) }
    while true {
      let key: FieldName
      if let span = keySpan() {
        key = .bytes(UnsafeBufferPointer(rebasing: bytes[span]))
      } else {
        key = .text(try string())
      }
      try expect(UInt8(ascii: ":"))
      try member(&self, key)
      if current == UInt8(ascii: "}") { return try expect(UInt8(ascii: "}")) }
      try expect(UInt8(ascii: ","))
    }
  }

  private mutating func list<Element>(
    _ element: (inout SessionJSONReader) throws(Declined) -> Element
  ) throws(Declined) -> [Element] {
    try expect(UInt8(ascii: "["))
    var elements: [Element] = []
    if current == UInt8(ascii: "]") {
      try expect(UInt8(ascii: "]"))
      return elements
    }
    while true {
      elements.append(try element(&self))
      if current == UInt8(ascii: "]") {
        try expect(UInt8(ascii: "]"))
        return elements
      }
      try expect(UInt8(ascii: ","))
    }
  }

  private mutating func strings() throws(Declined) -> [String] {
    try list { reader throws(Declined) in try reader.string() }
  }

  /// An object as a dictionary. Two keys Swift holds equal (equal bytes, or the same text in two
  /// Unicode forms) are declined: which one JSONDecoder keeps is its business.
  private mutating func dictionary<Value>(
    _ value: (inout SessionJSONReader) throws(Declined) -> Value
  ) throws(Declined) -> [String: Value] {
    // Room for a plan row's cells or a person's scores from the start: grown one insertion at a
    // time, a dictionary of eight was made four times over, each time hashing every key again.
    var dictionary = [String: Value](minimumCapacity: 8)
    try object { reader, key throws(Declined) in
      // One lookup for both: the insertion tells of a key already there.
      guard dictionary.updateValue(try value(&reader), forKey: key.text) == nil else {
        throw Declined()
      }
    }
    return dictionary
  }

  /// A plan row's cells, built from the last row's keys where they are alike (see
  /// `dictionary(keyedLike:_:)`).
  private mutating func cells() throws(Declined) -> [String: String] {
    var keys = cellKeys
    defer { cellKeys = keys }
    return try dictionary(keyedLike: &keys) { reader throws(Declined) in try reader.string() }
  }

  /// A person's scores, built from the last person's keys where they are alike.
  private mutating func scores() throws(Declined) -> [String: ScoreAnswer] {
    var keys = scoreKeys
    defer { scoreKeys = keys }
    return try dictionary(keyedLike: &keys) { reader throws(Declined) in try reader.scoreAnswer() }
  }

  /// An object as a dictionary, as `dictionary(_:)` reads it, for objects that come one after
  /// another with the same keys (a plan row's cells, a person's scores). When its keys are
  /// written with the same bytes, in the same order, as those of `template`, the last such
  /// object's, it is built from the template's dictionary of their places by `mapValues`, which
  /// keeps the hash table as it is: no key is made or hashed again. Any other object is read key
  /// by key and becomes the template, when none of its keys has an escape.
  private mutating func dictionary<Value>(
    keyedLike template: inout KeyTemplate,
    _ value: (inout SessionJSONReader) throws(Declined) -> Value
  ) throws(Declined) -> [String: Value] {
    if !template.spans.isEmpty, let values = try values(keyedLike: template.spans, value) {
      return template.places.mapValues { values[$0] }
    }
    try expect(UInt8(ascii: "{"))
    var read = KeyTemplate()
    var templated = true
    var places = [String: Int](minimumCapacity: 8)
    var values: [Value] = []
    if current == UInt8(ascii: "}") {
      try expect(UInt8(ascii: "}"))
    } else {
      while true {
        let key: String
        if let span = keySpan() {
          key = String(decoding: bytes[span], as: UTF8.self)
          read.spans.append(span)
        } else {
          key = try string()
          templated = false
        }
        try expect(UInt8(ascii: ":"))
        // Two keys Swift holds equal are declined, as `dictionary(_:)` declines them.
        guard places.updateValue(values.count, forKey: key) == nil else { throw Declined() }
        values.append(try value(&self))
        if current == UInt8(ascii: "}") {
          try expect(UInt8(ascii: "}"))
          break
        }
        try expect(UInt8(ascii: ","))
      }
    }
    if templated {
      read.places = places
      template = read
    }
    return places.mapValues { values[$0] }
  }

  /// The values of an object whose keys are written as `spans` are, in that order; nil, with the
  /// reader where it was, for an object with any other keys.
  private mutating func values<Value>(
    keyedLike spans: [Range<Int>], _ value: (inout SessionJSONReader) throws(Declined) -> Value
  ) throws(Declined) -> [Value]? {
    let start = index
    try expect(UInt8(ascii: "{"))
    var values: [Value] = []
    values.reserveCapacity(spans.count)
    for span in spans {
      if !values.isEmpty {
        guard current == UInt8(ascii: ",") else {
          index = start
          return nil
        }
        try expect(UInt8(ascii: ","))
      }
      guard let key = keySpan(), sameBytes(key, span) else {
        index = start
        return nil
      }
      try expect(UInt8(ascii: ":"))
      values.append(try value(&self))
    }
    guard current == UInt8(ascii: "}") else {
      index = start
      return nil
    }
    try expect(UInt8(ascii: "}"))
    return values
  }

  /// The bytes of a key without escapes, between its quotes, with the reader moved past it and
  /// the white space after it; nil, with the reader where it was, for any other key.
  private mutating func keySpan() -> Range<Int>? {
    guard current == UInt8(ascii: "\"") else { return nil }
    let quote = index
    index += 1
    skipPlainBytes()
    guard current == UInt8(ascii: "\"") else {
      index = quote
      return nil
    }
    let span = (quote + 1)..<index
    index += 1
    skipSpace()
    return span
  }

  private func sameBytes(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
    guard first.count == second.count else { return false }
    for offset in 0..<first.count
    where bytes[first.lowerBound + offset] != bytes[second.lowerBound + offset] {
      return false
    }
    return true
  }

  /// An object read for its validity only, each value checked by `value`. Its keys must be plain
  /// ASCII (no escape) in strictly ascending order of their bytes, as the workbook writes them:
  /// then no two are equal, which `dictionary` would otherwise find out by building it.
  private mutating func checkedObject(
    _ value: (inout SessionJSONReader) throws(Declined) -> Void
  ) throws(Declined) {
    try expect(UInt8(ascii: "{"))
    if current == UInt8(ascii: "}") { return try expect(UInt8(ascii: "}")) }
    var previous: Range<Int>?
    while true {
      let key = try plainKey()
      if let previous, !precedes(previous, key) { throw Declined() }
      previous = key
      try expect(UInt8(ascii: ":"))
      try value(&self)
      if current == UInt8(ascii: "}") { return try expect(UInt8(ascii: "}")) }
      try expect(UInt8(ascii: ","))
    }
  }

  /// A key of printable ASCII without escapes, as the range of its bytes; anything else is
  /// declined.
  private mutating func plainKey() throws(Declined) -> Range<Int> {
    guard current == UInt8(ascii: "\"") else { throw Declined() }
    index += 1
    let start = index
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") { break }
      guard byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") else { throw Declined() }
      index += 1
    }
    guard index < bytes.count else { throw Declined() }
    index += 1
    skipSpace()
    return start..<(index - 1)
  }

  /// Whether the bytes of `first` come before those of `second` (a prefix before a longer key).
  private func precedes(_ first: Range<Int>, _ second: Range<Int>) -> Bool {
    var left = first.lowerBound
    var right = second.lowerBound
    while left < first.upperBound && right < second.upperBound {
      if bytes[left] != bytes[right] { return bytes[left] < bytes[right] }
      left += 1
      right += 1
    }
    return left == first.upperBound && right < second.upperBound
  }

  private mutating func enumeration<Value: RawRepresentable<String>>() throws(Declined) -> Value {
    guard let value = Value(rawValue: try string()) else { throw Declined() }
    return value
  }

  private mutating func boolean() throws(Declined) -> Bool {
    switch current {
    case UInt8(ascii: "t"):
      try literal("true")
      return true
    case UInt8(ascii: "f"):
      try literal("false")
      return false
    default: throw Declined()
    }
  }

  private mutating func literal(_ word: StaticString) throws(Declined) {
    let count = word.utf8CodeUnitCount
    guard index + count <= bytes.count else { throw Declined() }
    for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] {
      throw Declined()
    }
    index += count
    skipSpace()
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// JSON's whole numbers that fit an `Int`: an optional minus, then 0 or digits not starting
  /// with 0. A fraction, an exponent or an overflow is declined (JSONDecoder reads some of
  /// them as whole numbers, or says what is wrong).
  private mutating func integer() throws(Declined) -> Int {
    let negative = current == UInt8(ascii: "-")
    if negative { index += 1 }
    guard let first = current, Self.isDigit(first) else { throw Declined() }
    // Summed below zero, where an Int reaches one further: Int.min is read too.
    var value = 0
    var digits = 0
    while let byte = current, Self.isDigit(byte) {
      let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowSum) = times.subtractingReportingOverflow(Int(byte - UInt8(ascii: "0")))
      guard !overflowTimes, !overflowSum else { throw Declined() }
      value = sum
      digits += 1
      index += 1
    }
    guard first != UInt8(ascii: "0") || digits == 1 else { throw Declined() }
    if let byte = current, byte == UInt8(ascii: ".") || byte | 0x20 == UInt8(ascii: "e") {
      throw Declined()
    }
    if !negative {
      guard value != Int.min else { throw Declined() }
      value = -value
    }
    skipSpace()
    return value
  }

  /// A number with an optional fraction, no exponent, at most 20 digits: what the workbook
  /// writes for a mean or a median. Anything longer or with an exponent, which might not fit a
  /// `Double` or round differently, is left to JSONDecoder.
  private mutating func double() throws(Declined) -> Double {
    let start = index
    if current == UInt8(ascii: "-") { index += 1 }
    let integerStart = index
    while let byte = current, Self.isDigit(byte) { index += 1 }
    let integerDigits = index - integerStart
    guard integerDigits > 0, bytes[integerStart] != UInt8(ascii: "0") || integerDigits == 1
    else { throw Declined() }
    var fractionDigits = 0
    if current == UInt8(ascii: ".") {
      index += 1
      while let byte = current, Self.isDigit(byte) {
        index += 1
        fractionDigits += 1
      }
      guard fractionDigits > 0 else { throw Declined() }
    }
    if let byte = current, byte | 0x20 == UInt8(ascii: "e") { throw Declined() }
    guard integerDigits + fractionDigits <= 20,
      let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)), value.isFinite
    else { throw Declined() }
    skipSpace()
    return value
  }

  /// A string, its escapes resolved. The file's UTF-8 was checked before, so the bytes between
  /// escapes are text as they are.
  private mutating func string() throws(Declined) -> String {
    guard current == UInt8(ascii: "\"") else { throw Declined() }
    index += 1
    let start = index
    // The common case: no escapes, the bytes are the string.
    skipPlainBytes()
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        index += 1
        skipSpace()
        return text
      }
      if byte == UInt8(ascii: "\\") { break }
      guard byte >= 0x20 else { throw Declined() }
      index += 1
    }
    var decoded = String(decoding: bytes[start..<index], as: UTF8.self)
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        skipSpace()
        return decoded
      case UInt8(ascii: "\\"):
        index += 1
        decoded.unicodeScalars.append(try escaped())
      case 0..<0x20:
        throw Declined()
      default:
        // A run of plain bytes, whole UTF-8 sequences: it ends at a quote or a backslash.
        let runStart = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "\""),
          bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20
        {
          index += 1
        }
        decoded += String(decoding: bytes[runStart..<index], as: UTF8.self)
      }
    }
    throw Declined()
  }

  /// A string read as `string()` reads it, only checked: the same bytes are declined, and no
  /// text is built.
  private mutating func checkString() throws(Declined) {
    guard current == UInt8(ascii: "\"") else { throw Declined() }
    index += 1
    while true {
      skipPlainBytes()
      switch current {
      case UInt8(ascii: "\""):
        index += 1
        skipSpace()
        return
      case UInt8(ascii: "\\"):
        index += 1
        _ = try escaped()
      default: throw Declined()  // a control character, or the end
      }
    }
  }

  /// Moves the reader past the bytes that stand for themselves in a string: all but a quote, a
  /// backslash and a control character. Eight at a time (`JSONStringWord`): the lowest mark is
  /// where the run ends.
  private mutating func skipPlainBytes() {
    if let start = bytes.baseAddress {
      let raw = UnsafeRawPointer(start)
      while index + 8 <= bytes.count {
        // The byte at `index` is the word's lowest, on any machine.
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        let marks = JSONStringWord.marks(word)
        guard marks == 0 else {
          index += marks.trailingZeroBitCount / 8
          return
        }
        index += 8
      }
    }
    while let byte = current, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\"), byte >= 0x20 {
      index += 1
    }
  }

  /// The character after a backslash; half of a surrogate pair is declined.
  private mutating func escaped() throws(Declined) -> Unicode.Scalar {
    guard let byte = current else { throw Declined() }
    index += 1
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let unit = try hexUnit()
      if UTF16.isLeadSurrogate(unit) {
        guard index + 2 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
          bytes[index + 1] == UInt8(ascii: "u")
        else { throw Declined() }
        index += 2
        let trail = try hexUnit()
        guard UTF16.isTrailSurrogate(trail) else { throw Declined() }
        let value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(trail) - 0xDC00)
        guard let scalar = Unicode.Scalar(value) else { throw Declined() }
        return scalar
      }
      guard let scalar = Unicode.Scalar(UInt32(unit)) else { throw Declined() }
      return scalar
    default: throw Declined()
    }
  }

  private mutating func hexUnit() throws(Declined) -> UInt16 {
    guard index + 4 <= bytes.count else { throw Declined() }
    var value: UInt16 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw Declined()
      }
      value = value << 4 | UInt16(digit)
      index += 1
    }
    return value
  }
}
