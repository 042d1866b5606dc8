import Glibc
import WorkbookCore

/// Writes a session file's bytes by hand: byte for byte what JSONEncoder writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (two-space indent, `"key" : value`,
/// keys in UTF-8 byte order, an empty object or list as an opening line, a blank line and the
/// closing one). Codable's generic path took most of a save's time; the tests hold this writer
/// to JSONEncoder's bytes on generated sessions that set every field, so a field added to the
/// model and not here fails them.
struct SessionJSONWriter {
  /// The bytes written so far are `buffer[..<count]`; the writer owns the buffer (see `file`).
  private var buffer: UnsafeMutableBufferPointer<UInt8>
  private var count = 0
  private var indent = 0
  /// Whether the object or list being written has had a member yet.
  private var hasMember = false

  /// `{ "schema": schema, "session": { … } }` and a final line break.
  static func file(schema: Int, session: Session) -> [UInt8] {
    var writer = SessionJSONWriter(buffer: .allocate(capacity: 32_768))
    defer { writer.buffer.deallocate() }
    writer.object {
      $0.member("schema") { $0.integer(schema) }
      $0.member("session") { $0.session(session) }
    }
    writer.append(0x0A)
    return Array(UnsafeBufferPointer(rebasing: writer.buffer[..<writer.count]))
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

  // The text goes into a buffer of the writer's own in runs (a key, the bytes of a string
  // between escapes, a line's indentation), each after one check for room. Appending to an
  // array a byte at a time (a uniqueness and a capacity check for every byte) was most of a
  // save's work.

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
    // The members' places in the dictionary, sorted by their keys' first eight bytes (a whole
    // number each), and by all their bytes only where those are equal: keys mostly differ early.
    // Places and numbers are plain values, so sorting them copies no key or value.
    var order: [(start: UInt64, index: [String: Value].Index)] = []
    order.reserveCapacity(dictionary.count)
    var index = dictionary.startIndex
    while index != dictionary.endIndex {
      order.append((Self.firstBytes(of: dictionary.keys[index]), index))
      dictionary.formIndex(after: &index)
    }
    order.sort { left, right in
      left.start != right.start
        ? left.start < right.start
        : Self.precedesInUTF8(dictionary.keys[left.index], dictionary.keys[right.index])
    }
    object { writer in
      for (_, index) in order {
        writer.startMember()
        writer.string(dictionary.keys[index])
        writer.append(" : ")
        write(&writer, dictionary.values[index])
      }
    }
  }

  /// The first eight UTF-8 bytes of `text` as a big-endian number, zeros past its end: where two
  /// such numbers differ, the texts sort as they do.
  private static func firstBytes(of text: String) -> UInt64 {
    var text = text
    return text.withUTF8 { bytes in
      var start: UInt64 = 0
      for index in 0..<8 {
        start = start << 8 | UInt64(index < bytes.count ? bytes[index] : 0)
      }
      return start
    }
  }

  /// Whether `left` sorts before `right` comparing their UTF-8 bytes, as JSONEncoder sorts keys
  /// (not by Unicode's rules, which `<` on strings follows).
  private static func precedesInUTF8(_ left: String, _ right: String) -> Bool {
    var left = left
    var right = right
    return left.withUTF8 { left in
      right.withUTF8 { right in
        let common = min(left.count, right.count)
        let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
        return order != 0 ? order < 0 : left.count < right.count
      }
    }
  }

  /// A member with a key of the model's: plain ASCII letters, so nothing in it needs escaping.
  private mutating func member(_ key: StaticString, _ value: (inout SessionJSONWriter) -> Void) {
    startMember()
    append(UInt8(ascii: "\""))
    append(key)
    append("\" : ")
    value(&self)
  }

  /// Makes room for `extra` more bytes, doubling the buffer when it is full.
  private mutating func reserve(_ extra: Int) {
    guard count + extra > buffer.count else { return }
    let larger = UnsafeMutableBufferPointer<UInt8>.allocate(
      capacity: max(buffer.count * 2, count + extra))
    larger.baseAddress!.initialize(from: buffer.baseAddress!, count: count)
    buffer.deallocate()
    buffer = larger
  }

  private mutating func append(_ byte: UInt8) {
    reserve(1)
    buffer[count] = byte
    count += 1
  }

  private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, bytes.count > 0 else { return }
    reserve(bytes.count)
    (buffer.baseAddress! + count).initialize(from: source, count: bytes.count)
    count += bytes.count
  }

  private mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  private mutating func open(_ bracket: UInt8) {
    append(bracket)
    indent += 2
    hasMember = false
  }

  private mutating func close(_ bracket: UInt8) {
    indent -= 2
    // An empty object or list still has its line break, and a blank line, as JSONEncoder writes.
    if !hasMember { append(0x0A) }
    newLine()
    append(bracket)
    hasMember = true
  }

  private mutating func startMember() {
    if hasMember { append(UInt8(ascii: ",")) }
    newLine()
    hasMember = false
  }

  private static let spaces: StaticString = "                                "

  private mutating func newLine() {
    append(0x0A)
    var remaining = indent
    Self.spaces.withUTF8Buffer { spaces in
      while remaining > 0 {
        let run = min(remaining, spaces.count)
        append(UnsafeBufferPointer(rebasing: spaces[..<run]))
        remaining -= run
      }
    }
  }

  private mutating func boolean(_ value: Bool) {
    append(value ? "true" : "false")
    hasMember = true
  }

  private mutating func integer(_ value: Int) {
    // A score, the commonest number of the file, is a single digit.
    if (0...9).contains(value) {
      append(UInt8(ascii: "0") + UInt8(value))
    } else {
      plain(String(value))
    }
    hasMember = true
  }

  /// A number as JSONEncoder writes it: Swift's shortest text that reads back the same, without
  /// a trailing ".0". A session's numbers (means and medians) are always finite.
  private mutating func double(_ value: Double) {
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    plain(text)
    hasMember = true
  }

  /// Text that needs no escaping, as it is.
  private mutating func plain(_ value: String) {
    var value = value
    value.withUTF8 { append($0) }
  }

  /// A JSON string as JSONEncoder escapes it: quote, backslash and the control characters below
  /// U+0020 (the short escapes where JSON has one), nothing else. The bytes between two escapes
  /// are copied as one run; they are looked for eight bytes at a time (`JSONStringWord`).
  private mutating func string(_ value: String) {
    append(UInt8(ascii: "\""))
    var value = value
    value.withUTF8 { text in
      var runStart = 0
      var index = 0
      while index < text.count {
        if text.count - index >= 8,
          JSONStringWord.marks(
            UnsafeRawPointer(text.baseAddress! + index).loadUnaligned(as: UInt64.self)) == 0
        {
          index += 8
          continue
        }
        // A byte at a time up to the next word boundary (or the end).
        let end = min(index + 8, text.count)
        while index < end {
          let byte = text[index]
          if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            append(UnsafeBufferPointer(rebasing: text[runStart..<index]))
            escape(byte)
            runStart = index + 1
          }
          index += 1
        }
      }
      append(UnsafeBufferPointer(rebasing: text[runStart...]))
    }
    append(UInt8(ascii: "\""))
    hasMember = true
  }

  private mutating func escape(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): append("\\\"")
    case UInt8(ascii: "\\"): append("\\\\")
    case 0x08: append("\\b")
    case 0x09: append("\\t")
    case 0x0A: append("\\n")
    case 0x0C: append("\\f")
    case 0x0D: append("\\r")
    default:
      let hex: StaticString = "0123456789abcdef"
      append("\\u00")
      hex.withUTF8Buffer { hex in
        append(hex[Int(byte >> 4)])
        append(hex[Int(byte & 0xF)])
      }
    }
  }
}
