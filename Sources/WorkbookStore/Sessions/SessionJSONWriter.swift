import WorkbookCore

/// Writes a session file's bytes by hand: byte for byte what JSONEncoder writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (two-space indent, `"key" : value`,
/// keys in UTF-8 byte order, an empty object or list as an opening line, a blank line and the
/// closing one). Codable's generic path took most of a save's time; the tests hold this writer
/// to JSONEncoder's bytes on generated sessions that set every field, so a field added to the
/// model and not here fails them.
struct SessionJSONWriter {
  private(set) var bytes: [UInt8] = []
  private var indent = 0
  /// Whether the object or list being written has had a member yet.
  private var hasMember = false

  /// `{ "schema": schema, "session": { … } }` and a final line break.
  static func file(schema: Int, session: Session) -> [UInt8] {
    var writer = SessionJSONWriter()
    writer.bytes.reserveCapacity(32_768)
    writer.object {
      $0.member("schema") { $0.integer(schema) }
      $0.member("session") { $0.session(session) }
    }
    writer.bytes.append(0x0A)
    return writer.bytes
  }

  // MARK: The model, its fields in sorted order

  private mutating func session(_ session: Session) {
    object {
      if let agenda = session.agenda {
        $0.member("agenda") { writer in writer.dictionary(agenda.minutes) { $0.integer($1) } }
      }
      $0.member("anonymous") { $0.boolean(session.anonymous) }
      if let basedOn = session.basedOn {
        $0.member("basedOn") { $0.earlierSession(basedOn) }
      }
      $0.member("contentVersion") { $0.string(session.contentVersion) }
      $0.member("createdAt") { $0.string(session.createdAt) }
      $0.member("facilitatorNotes") { $0.string(session.facilitatorNotes) }
      $0.member("id") { $0.string(session.id) }
      $0.member("labelOrder") { $0.strings(session.labelOrder) }
      if let language = session.language {
        $0.member("language") { $0.string(language) }
      }
      $0.member("mode") { $0.string(session.mode.rawValue) }
      $0.member("organization") { $0.string(session.organization) }
      $0.member("participants") { writer in
        writer.list(session.participants) { $0.participant($1) }
      }
      $0.member("plan") { writer in writer.list(session.plan) { $0.planRow($1) } }
      $0.member("reflection") { writer in
        writer.dictionary(session.reflection) { $0.reflectionAnswer($1) }
      }
      $0.member("reviews") { writer in
        writer.dictionary(session.reviews) { $0.review($1) }
      }
      $0.member("scoresRevealed") { $0.boolean(session.scoresRevealed) }
      $0.member("strategyID") { $0.string(session.strategyID) }
      $0.member("title") { $0.string(session.title) }
      $0.member("updatedAt") { $0.string(session.updatedAt) }
    }
  }

  private mutating func participant(_ participant: Participant) {
    object {
      $0.member("finishedScoring") { $0.boolean(participant.finishedScoring) }
      $0.member("id") { $0.string(participant.id) }
      $0.member("name") { $0.string(participant.name) }
      $0.member("scores") { writer in
        writer.dictionary(participant.scores) { writer, answer in
          switch answer {
          case .score(let value): writer.integer(value)
          case .dontKnow, .notApplicable: writer.string(answer.token)
          }
        }
      }
    }
  }

  private mutating func planRow(_ row: PlanRow) {
    object {
      if let carriedFrom = row.carriedFrom {
        $0.member("carriedFrom") { $0.string(carriedFrom) }
      }
      $0.member("cells") { writer in writer.dictionary(row.cells) { $0.string($1) } }
      $0.member("id") { $0.string(row.id) }
      if let recommendationID = row.recommendationID {
        $0.member("recommendationID") { $0.string(recommendationID) }
      }
    }
  }

  private mutating func reflectionAnswer(_ answer: ReflectionAnswer) {
    object {
      if let choice = answer.choice { $0.member("choice") { $0.string(choice) } }
      $0.member("text") { $0.string(answer.text) }
    }
  }

  private mutating func review(_ review: RecommendationReview) {
    object {
      $0.member("note") { $0.string(review.note) }
      if let priority = review.priority {
        $0.member("priority") { $0.string(priority.rawValue) }
      }
      $0.member("status") { $0.string(review.status.rawValue) }
    }
  }

  private mutating func earlierSession(_ earlier: EarlierSession) {
    object {
      $0.member("planReview") { writer in
        writer.dictionary(earlier.planReview) { writer, review in
          writer.object {
            $0.member("note") { $0.string(review.note) }
            $0.member("outcome") { $0.string(review.outcome.rawValue) }
          }
        }
      }
      $0.member("snapshot") { $0.snapshot(earlier.snapshot) }
    }
  }

  private mutating func snapshot(_ snapshot: SessionSnapshot) {
    object {
      $0.member("contentVersion") { $0.string(snapshot.contentVersion) }
      $0.member("createdAt") { $0.string(snapshot.createdAt) }
      $0.member("id") { $0.string(snapshot.id) }
      if let items = snapshot.items {
        $0.member("items") { writer in writer.list(items) { $0.itemFigures($1) } }
      }
      $0.member("marks") { writer in
        writer.dictionary(snapshot.marks) { $0.string($1.rawValue) }
      }
      $0.member("mode") { $0.string(snapshot.mode.rawValue) }
      $0.member("organization") { $0.string(snapshot.organization) }
      $0.member("plan") { writer in writer.list(snapshot.plan) { $0.planRow($1) } }
      $0.member("strategyID") { $0.string(snapshot.strategyID) }
      $0.member("title") { $0.string(snapshot.title) }
    }
  }

  private mutating func itemFigures(_ figures: ItemFigures) {
    object {
      if let agreement = figures.agreement {
        $0.member("agreement") { $0.string(agreement.rawValue) }
      }
      $0.member("answered") { $0.integer(figures.answered) }
      $0.member("dontKnow") { $0.integer(figures.dontKnow) }
      $0.member("itemID") { $0.string(figures.itemID) }
      if let mean = figures.mean { $0.member("mean") { $0.double(mean) } }
      if let median = figures.median { $0.member("median") { $0.double(median) } }
      $0.member("notApplicable") { $0.integer(figures.notApplicable) }
      $0.member("title") { $0.string(figures.title) }
      $0.member("unanswered") { $0.integer(figures.unanswered) }
    }
  }

  // MARK: JSON

  private mutating func object(_ members: (inout SessionJSONWriter) -> Void) {
    open(UInt8(ascii: "{"))
    members(&self)
    close(UInt8(ascii: "}"))
  }

  private mutating func list<Element>(
    _ elements: [Element], _ write: (inout SessionJSONWriter, Element) -> Void
  ) {
    open(UInt8(ascii: "["))
    for element in elements {
      startMember()
      write(&self, element)
    }
    close(UInt8(ascii: "]"))
  }

  private mutating func strings(_ elements: [String]) {
    list(elements) { $0.string($1) }
  }

  /// A dictionary as an object, its keys in UTF-8 byte order as JSONEncoder sorts them.
  private mutating func dictionary<Value>(
    _ dictionary: [String: Value], _ write: (inout SessionJSONWriter, Value) -> Void
  ) {
    let keys = dictionary.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    object { writer in
      for key in keys { writer.member(key) { write(&$0, dictionary[key]!) } }
    }
  }

  private mutating func member(_ key: String, _ value: (inout SessionJSONWriter) -> Void) {
    startMember()
    string(key)
    bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
    value(&self)
  }

  private mutating func open(_ bracket: UInt8) {
    bytes.append(bracket)
    indent += 2
    hasMember = false
  }

  private mutating func close(_ bracket: UInt8) {
    indent -= 2
    // An empty object or list still has its line break, and a blank line, as JSONEncoder writes.
    if !hasMember { bytes.append(0x0A) }
    newLine()
    bytes.append(bracket)
    hasMember = true
  }

  private mutating func startMember() {
    if hasMember { bytes.append(UInt8(ascii: ",")) }
    newLine()
    hasMember = false
  }

  private mutating func newLine() {
    bytes.append(0x0A)
    for _ in 0..<indent { bytes.append(0x20) }
  }

  private mutating func boolean(_ value: Bool) {
    bytes.append(contentsOf: value ? Array("true".utf8) : Array("false".utf8))
    hasMember = true
  }

  private mutating func integer(_ value: Int) {
    bytes.append(contentsOf: String(value).utf8)
    hasMember = true
  }

  /// A number as JSONEncoder writes it: Swift's shortest text that reads back the same, without
  /// a trailing ".0". A session's numbers (means and medians) are always finite.
  private mutating func double(_ value: Double) {
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    bytes.append(contentsOf: text.utf8)
    hasMember = true
  }

  /// A JSON string as JSONEncoder escapes it: quote, backslash and the control characters below
  /// U+0020 (the short escapes where JSON has one), nothing else.
  private mutating func string(_ value: String) {
    bytes.append(UInt8(ascii: "\""))
    for byte in value.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
      case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
      case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: Array("\\u00".utf8))
        bytes.append(hex[Int(byte >> 4)])
        bytes.append(hex[Int(byte & 0xF)])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
    hasMember = true
  }
}
