import WorkbookCore

/// Reads a schema 1 session file straight into the model, without Codable's generic path (cold
/// at start-up, it was a large share of the first frame; over many files, most of `list`).
///
/// It reads only what it is sure of: a session file as JSONDecoder reads it, unknown keys
/// skipped. Anything else (an older schema, a missing or repeated field, a value of the wrong
/// kind, a number with a fraction) gives nil, and `SessionFileFormat` then reads the file with
/// JSONDecoder, whose errors name the field. The tests hold it to JSONDecoder's results on
/// generated sessions, the fixtures and fuzzed files.
struct SessionJSONReader {
  /// Why the reader gave up; the file is then read the slow way, which says what is wrong.
  private struct Declined: Error {}

  private let bytes: [UInt8]
  private var index = 0

  /// The session of a schema 1 file, or nil when this reader cannot vouch for the file.
  static func session(in bytes: [UInt8]) -> Session? {
    var reader = SessionJSONReader(bytes: bytes)
    return try? reader.file()
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  // MARK: The model

  private mutating func file() throws(Declined) -> Session {
    var schema: Int?
    var session: Session?
    try object { reader, key throws(Declined) in
      switch key {
      case "schema":
        schema = try reader.once(schema) { reader throws(Declined) in try reader.integer() }
      case "session":
        session = try reader.once(session) { reader throws(Declined) in try reader.session() }
      default: try reader.skipValue()
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
    try object { reader, key throws(Declined) in
      switch key {
      case "id": id = try reader.once(id) { reader throws(Declined) in try reader.string() }
      case "title":
        title = try reader.once(title) { reader throws(Declined) in try reader.string() }
      case "organization":
        organization = try reader.once(organization) { reader throws(Declined) in
          try reader.string()
        }
      case "createdAt":
        createdAt = try reader.once(createdAt) { reader throws(Declined) in try reader.string() }
      case "updatedAt":
        updatedAt = try reader.once(updatedAt) { reader throws(Declined) in try reader.string() }
      case "mode":
        mode = try reader.once(mode) { reader throws(Declined) in try reader.enumeration() }
      case "participants":
        participants = try reader.once(participants) { reader throws(Declined) in
          try reader.list { reader throws(Declined) in try reader.participant() }
        }
      case "anonymous":
        anonymous = try reader.once(anonymous) { reader throws(Declined) in try reader.boolean() }
      case "labelOrder":
        labelOrder = try reader.once(labelOrder) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in
            try reader.list { reader throws(Declined) in try reader.string() }
          }
        }
      case "strategyID":
        strategyID = try reader.once(strategyID) { reader throws(Declined) in try reader.string() }
      case "contentVersion":
        contentVersion = try reader.once(contentVersion) { reader throws(Declined) in
          try reader.string()
        }
      case "scoresRevealed":
        scoresRevealed = try reader.once(scoresRevealed) { reader throws(Declined) in
          try reader.boolean()
        }
      case "reflection":
        reflection = try reader.once(reflection) { reader throws(Declined) in
          try reader.dictionary { reader throws(Declined) in try reader.reflectionAnswer() }
        }
      case "reviews":
        reviews = try reader.once(reviews) { reader throws(Declined) in
          try reader.dictionary { reader throws(Declined) in try reader.review() }
        }
      case "plan":
        plan = try reader.once(plan) { reader throws(Declined) in
          try reader.list { reader throws(Declined) in try reader.planRow() }
        }
      case "facilitatorNotes":
        facilitatorNotes = try reader.once(facilitatorNotes) { reader throws(Declined) in
          try reader.string()
        }
      case "agenda":
        agenda = try reader.once(agenda) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in
            Agenda(
              minutes: try reader.dictionary { reader throws(Declined) in try reader.integer() })
          }
        }
      default: try reader.skipValue()
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
      facilitatorNotes: facilitatorNotes, agenda: agenda ?? nil)
  }

  private mutating func participant() throws(Declined) -> Participant {
    var id: String?
    var name: String?
    var scores: [String: ScoreAnswer]?
    var finishedScoring: Bool?
    try object { reader, key throws(Declined) in
      switch key {
      case "id": id = try reader.once(id) { reader throws(Declined) in try reader.string() }
      case "name": name = try reader.once(name) { reader throws(Declined) in try reader.string() }
      case "scores":
        scores = try reader.once(scores) { reader throws(Declined) in
          try reader.dictionary { reader throws(Declined) in try reader.scoreAnswer() }
        }
      case "finishedScoring":
        finishedScoring = try reader.once(finishedScoring) { reader throws(Declined) in
          try reader.boolean()
        }
      default: try reader.skipValue()
      }
    }
    guard let id, let name, let scores, let finishedScoring else { throw Declined() }
    return Participant(id: id, name: name, scores: scores, finishedScoring: finishedScoring)
  }

  /// A whole number, or "?" or "na" as `ScoreAnswer.init(from:)` reads them.
  private mutating func scoreAnswer() throws(Declined) -> ScoreAnswer {
    skipSpace()
    if current == UInt8(ascii: "\"") {
      guard let answer = ScoreAnswer(token: try string(), scale: Int.min...Int.max) else {
        throw Declined()
      }
      return answer
    }
    return .score(try integer())
  }

  private mutating func planRow() throws(Declined) -> PlanRow {
    var id: String?
    var cells: [String: String]?
    var recommendationID: String??
    try object { reader, key throws(Declined) in
      switch key {
      case "id": id = try reader.once(id) { reader throws(Declined) in try reader.string() }
      case "cells":
        cells = try reader.once(cells) { reader throws(Declined) in
          try reader.dictionary { reader throws(Declined) in try reader.string() }
        }
      case "recommendationID":
        recommendationID = try reader.once(recommendationID) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in try reader.string() }
        }
      default: try reader.skipValue()
      }
    }
    guard let id, let cells else { throw Declined() }
    return PlanRow(id: id, cells: cells, recommendationID: recommendationID ?? nil)
  }

  private mutating func reflectionAnswer() throws(Declined) -> ReflectionAnswer {
    var text: String?
    var choice: String??
    try object { reader, key throws(Declined) in
      switch key {
      case "text": text = try reader.once(text) { reader throws(Declined) in try reader.string() }
      case "choice":
        choice = try reader.once(choice) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in try reader.string() }
        }
      default: try reader.skipValue()
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
        status = try reader.once(status) { reader throws(Declined) in try reader.enumeration() }
      case "priority":
        priority = try reader.once(priority) { reader throws(Declined) in
          try reader.optional { reader throws(Declined) in try reader.enumeration() }
        }
      case "note": note = try reader.once(note) { reader throws(Declined) in try reader.string() }
      default: try reader.skipValue()
      }
    }
    guard let status, let note else { throw Declined() }
    return RecommendationReview(status: status, priority: priority ?? nil, note: note)
  }

  // MARK: JSON

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return
      }
    }
  }

  private mutating func expect(_ byte: UInt8) throws(Declined) {
    skipSpace()
    guard current == byte else { throw Declined() }
    index += 1
  }

  /// The value of a field seen for the first time; a field given twice is left to JSONDecoder.
  private mutating func once<Value>(
    _ earlier: Value?, _ read: (inout SessionJSONReader) throws(Declined) -> Value
  ) throws(Declined) -> Value {
    guard earlier == nil else { throw Declined() }
    return try read(&self)
  }

  /// Null as nil, as `decodeIfPresent` reads it.
  private mutating func optional<Value>(
    _ read: (inout SessionJSONReader) throws(Declined) -> Value
  ) throws(Declined) -> Value? {
    skipSpace()
    if current == UInt8(ascii: "n") {
      try literal("null")
      return nil
    }
    return try read(&self)
  }

  private mutating func object(
    _ member: (inout SessionJSONReader, String) throws(Declined) -> Void
  ) throws(Declined) {
    try expect(UInt8(ascii: "{"))
    skipSpace()
    if current == UInt8(ascii: "}") {
      index += 1
      return
    }
    while true {
      let key = try string()
      try expect(UInt8(ascii: ":"))
      try member(&self, key)
      skipSpace()
      if current == UInt8(ascii: "}") {
        index += 1
        return
      }
      try expect(UInt8(ascii: ","))
    }
  }

  private mutating func list<Element>(
    _ element: (inout SessionJSONReader) throws(Declined) -> Element
  ) throws(Declined) -> [Element] {
    try expect(UInt8(ascii: "["))
    var elements: [Element] = []
    skipSpace()
    if current == UInt8(ascii: "]") {
      index += 1
      return elements
    }
    while true {
      elements.append(try element(&self))
      skipSpace()
      if current == UInt8(ascii: "]") {
        index += 1
        return elements
      }
      try expect(UInt8(ascii: ","))
    }
  }

  /// An object as a dictionary; a key given twice is left to JSONDecoder.
  private mutating func dictionary<Value>(
    _ value: (inout SessionJSONReader) throws(Declined) -> Value
  ) throws(Declined) -> [String: Value] {
    var dictionary: [String: Value] = [:]
    try object { reader, key throws(Declined) in
      guard dictionary[key] == nil else { throw Declined() }
      dictionary[key] = try value(&reader)
    }
    return dictionary
  }

  private mutating func enumeration<Value: RawRepresentable<String>>() throws(Declined) -> Value {
    guard let value = Value(rawValue: try string()) else { throw Declined() }
    return value
  }

  private mutating func boolean() throws(Declined) -> Bool {
    skipSpace()
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
  }

  /// An optional minus and digits only: a fraction, an exponent or an overflow is declined.
  private mutating func integer() throws(Declined) -> Int {
    skipSpace()
    let negative = current == UInt8(ascii: "-")
    if negative { index += 1 }
    var value = 0
    var digits = 0
    while let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
      let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowSum) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
      guard !overflowTimes, !overflowSum else { throw Declined() }
      value = sum
      digits += 1
      index += 1
    }
    guard digits > 0 else { throw Declined() }
    if let byte = current, byte == UInt8(ascii: ".") || byte | 0x20 == UInt8(ascii: "e") {
      throw Declined()
    }
    return negative ? -value : value
  }

  private mutating func string() throws(Declined) -> String {
    skipSpace()
    guard current == UInt8(ascii: "\"") else { throw Declined() }
    index += 1
    let start = index
    // The common case: no escapes, the bytes are the string (the file was checked to be UTF-8).
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return String(decoding: bytes[start..<(index - 1)], as: UTF8.self)
      }
      if byte == UInt8(ascii: "\\") { break }
      guard byte >= 0x20 else { throw Declined() }
      index += 1
    }
    var scalars = String.UnicodeScalarView()
    var decoded = String(decoding: bytes[start..<index], as: UTF8.self)
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        decoded.unicodeScalars.append(contentsOf: scalars)
        return decoded
      case UInt8(ascii: "\\"):
        index += 1
        scalars.append(try escaped())
      case 0..<0x20:
        throw Declined()
      default:
        // Copies one UTF-8 sequence, whole.
        let length =
          byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 0
        guard length > 0, index + length <= bytes.count else { throw Declined() }
        for scalar in String(decoding: bytes[index..<(index + length)], as: UTF8.self)
          .unicodeScalars
        {
          scalars.append(scalar)
        }
        index += length
      }
    }
    throw Declined()
  }

  /// The character after a backslash; a lone surrogate is left to JSONDecoder.
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
        try literal("\\u")
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

  /// Any value, for a key the model does not have (JSONDecoder ignores those too).
  private mutating func skipValue() throws(Declined) {
    skipSpace()
    switch current {
    case UInt8(ascii: "{"): try object { reader, _ throws(Declined) in try reader.skipValue() }
    case UInt8(ascii: "["): _ = try list { reader throws(Declined) in try reader.skipValue() }
    case UInt8(ascii: "\""): _ = try string()
    case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try boolean()
    case UInt8(ascii: "n"): try literal("null")
    case .some:
      // A number: the syntax was checked before, so its characters are enough.
      while let byte = current, "-+.eE0123456789".utf8.contains(byte) { index += 1 }
    case nil: throw Declined()
    }
  }
}
