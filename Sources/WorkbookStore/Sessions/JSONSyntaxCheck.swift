/// Finds the first place where text stops being valid JSON, with its line and column, because
/// the JSON decoder says only that the data "was not valid JSON". Distinguishes a file cut
/// short (everything was fine until the bytes ran out) from one that is wrong somewhere.
///
/// Refuses, with line and column, two things the decoder would refuse without saying where or
/// read differently from other programs: a key twice in one object (jq and Python keep the
/// last, the decoder the first) and half of a UTF-16 surrogate pair in a `\u` escape. It also
/// notes the first number that is not a whole number an `Int` holds: where the decoder then
/// refuses the file without a place, that number is the likely cause, and its place is given.
struct JSONSyntaxCheck {
  /// The text, read through a pointer: this check runs on every load, before the decoder, and
  /// reading an array a byte at a time through its checked accessors cost more than the decoding.
  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private var line = 1
  private var lineStart = 0
  /// The first number with a fraction, an exponent or too many digits for an `Int`.
  private var firstInexactNumber: InexactNumber?

  /// A number that only a field holding fractions can take, and where it is.
  struct InexactNumber: Equatable {
    var line: Int
    var column: Int
    var text: String

    /// Why the decoder, wanting a whole number, refused it.
    var problem: SessionFileProblem {
      let whole = !text.contains(where: { ".eE".contains($0) })
      return .malformed(
        line: line, column: column,
        detail: whole
          ? "\(text.prefix(40)) is too large for the whole number the field here holds"
          : "\(text.prefix(40)) is not a whole number, which is what the field here holds")
    }
  }

  /// What the check found: nil `problem` when `bytes` is one valid JSON value (with optional
  /// surrounding white space).
  static func check(_ bytes: [UInt8]) -> (
    problem: SessionFileProblem?, firstInexactNumber: InexactNumber?
  ) {
    bytes.withUnsafeBufferPointer { bytes in
      var check = JSONSyntaxCheck(bytes: bytes)
      do throws(SessionFileProblem) {
        check.skipSpace()
        try check.value(depth: 0)
        check.skipSpace()
        if check.index < bytes.count { throw check.failure("unexpected text after the end") }
        return (nil, check.firstInexactNumber)
      } catch {
        return (error, check.firstInexactNumber)
      }
    }
  }

  private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  private static let maximumDepth = 512

  private func failure(_ detail: String) -> SessionFileProblem {
    if index >= bytes.count { return .truncated(line: line) }
    return .malformed(line: line, column: index - lineStart + 1, detail: detail)
  }

  /// Where the check is, to report a problem found once past its start.
  private struct Position {
    var line: Int
    var column: Int
  }

  private var position: Position { Position(line: line, column: index - lineStart + 1) }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipSpace() {
    while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
      advance()
    }
  }

  private mutating func advance() {
    if bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    index += 1
  }

  private mutating func expect(_ byte: UInt8, _ detail: String) throws(SessionFileProblem) {
    guard current == byte else { throw failure(detail) }
    advance()
  }

  private mutating func value(depth: Int) throws(SessionFileProblem) {
    guard depth < Self.maximumDepth else { throw failure("nested too deeply") }
    switch current {
    case UInt8(ascii: "{"): try object(depth: depth)
    case UInt8(ascii: "["): try array(depth: depth)
    case UInt8(ascii: "\""): try string()
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    case let byte? where byte == UInt8(ascii: "-") || isDigit(byte): try number()
    default: throw failure("expected a value")
    }
  }

  private mutating func object(depth: Int) throws(SessionFileProblem) {
    advance()
    skipSpace()
    if current == UInt8(ascii: "}") { return advance() }
    // Keys as bytes, the line each was first given on.
    var keys: [Key: Int] = [:]
    while true {
      guard current == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
      let start = index
      let keyPosition = position
      try string()
      let key = Key(bytes: Self.unescaped(bytes[(start + 1)..<(index - 1)]))
      if let firstLine = keys[key] {
        throw .duplicateKey(
          key: String(decoding: key.bytes, as: UTF8.self), line: keyPosition.line,
          column: keyPosition.column, firstLine: firstLine)
      }
      keys[key] = keyPosition.line
      skipSpace()
      try expect(UInt8(ascii: ":"), "expected \":\" after a key")
      skipSpace()
      try value(depth: depth + 1)
      skipSpace()
      if current == UInt8(ascii: "}") { return advance() }
      try expect(UInt8(ascii: ","), "expected \",\" or \"}\"")
      skipSpace()
    }
  }

  private mutating func array(depth: Int) throws(SessionFileProblem) {
    advance()
    skipSpace()
    if current == UInt8(ascii: "]") { return advance() }
    while true {
      try value(depth: depth + 1)
      skipSpace()
      if current == UInt8(ascii: "]") { return advance() }
      try expect(UInt8(ascii: ","), "expected \",\" or \"]\"")
      skipSpace()
    }
  }

  private mutating func string() throws(SessionFileProblem) {
    advance()
    while let byte = current {
      switch byte {
      case UInt8(ascii: "\""):
        return advance()
      case UInt8(ascii: "\\"):
        advance()
        guard let escaped = current else { break }
        if escaped == UInt8(ascii: "u") {
          let escape = position
          advance()
          guard let unit = try hexUnit() else { break }
          if (0xDC00...0xDFFF).contains(unit) {
            throw .malformed(
              line: escape.line, column: escape.column - 1,
              detail: "a \\u escape holds the second half of a character without its first")
          }
          if (0xD800...0xDBFF).contains(unit) {
            guard current == UInt8(ascii: "\\"), index + 1 < bytes.count,
              bytes[index + 1] == UInt8(ascii: "u")
            else {
              if index >= bytes.count { break }
              throw .malformed(
                line: escape.line, column: escape.column - 1,
                detail: "a \\u escape holds the first half of a character without its second")
            }
            advance()
            advance()
            guard let second = try hexUnit() else { break }
            guard (0xDC00...0xDFFF).contains(second) else {
              throw .malformed(
                line: escape.line, column: escape.column - 1,
                detail: "a \\u escape holds the first half of a character without its second")
            }
          }
        } else {
          guard "\"\\/bfnrt".utf8.contains(escaped) else { throw failure("unknown escape") }
          advance()
        }
      case 0x00..<0x20:
        throw failure("a line break or control character inside a string")
      default:
        advance()
      }
    }
    throw failure("unfinished string")
  }

  /// The four hex digits after `\u` as a number; nil when the text ends first.
  private mutating func hexUnit() throws(SessionFileProblem) -> UInt32? {
    var unit: UInt32 = 0
    for _ in 0..<4 {
      guard let hex = current else { return nil }
      guard let digit = Self.hexValue(hex) else {
        throw failure("expected 4 hex digits after \\u")
      }
      unit = unit * 16 + digit
      advance()
    }
    return unit
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
  }

  /// A key's text with its escapes resolved, so that "a" and "\u0061" are the same key. Called
  /// only on a string the check has passed.
  private static func unescaped(_ raw: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8] {
    guard raw.contains(UInt8(ascii: "\\")) else { return Array(raw) }
    var scalars = String.UnicodeScalarView()
    var bytes = raw.makeIterator()
    var pendingHigh: UInt32?
    var plain: [UInt8] = []
    func flushPlain() {
      scalars.append(contentsOf: String(decoding: plain, as: UTF8.self).unicodeScalars)
      plain.removeAll()
    }
    while let byte = bytes.next() {
      guard byte == UInt8(ascii: "\\"), let escaped = bytes.next() else {
        plain.append(byte)
        continue
      }
      flushPlain()
      switch escaped {
      case UInt8(ascii: "u"):
        var unit: UInt32 = 0
        for _ in 0..<4 { unit = unit * 16 + (bytes.next().flatMap(hexValue) ?? 0) }
        if (0xD800...0xDBFF).contains(unit) {
          pendingHigh = unit
          continue
        }
        if let high = pendingHigh, (0xDC00...0xDFFF).contains(unit) {
          unit = 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)
        }
        pendingHigh = nil
        scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
      case UInt8(ascii: "b"): scalars.append("\u{08}")
      case UInt8(ascii: "f"): scalars.append("\u{0C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      default: scalars.append(Unicode.Scalar(escaped))
      }
    }
    flushPlain()
    return Array(String(scalars).utf8)
  }

  /// A key's bytes, equal when the bytes are, hashed in one go: an array of bytes hashes them one
  /// at a time, which was most of this check's time.
  private struct Key: Hashable {
    var bytes: [UInt8]

    func hash(into hasher: inout Hasher) {
      bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private mutating func literal(_ word: String) throws(SessionFileProblem) {
    for expected in word.utf8 {
      guard current == expected else { throw failure("expected \(word)") }
      advance()
    }
  }

  private mutating func number() throws(SessionFileProblem) {
    let start = index
    let numberPosition = position
    var whole = true
    if current == UInt8(ascii: "-") { advance() }
    if current == UInt8(ascii: "0") {
      advance()
      if let next = current, isDigit(next) { throw failure("a number may not start with 0") }
    } else {
      try digits()
    }
    if current == UInt8(ascii: ".") {
      whole = false
      advance()
      try digits()
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      whole = false
      advance()
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
      try digits()
    }
    // Up to 18 digits always fit an Int; the text is looked at only past that.
    guard firstInexactNumber == nil, !whole || index - start > 18 else { return }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    if !whole || Int(text) == nil {
      firstInexactNumber = InexactNumber(
        line: numberPosition.line, column: numberPosition.column, text: text)
    }
  }

  private mutating func digits() throws(SessionFileProblem) {
    guard let first = current, isDigit(first) else { throw failure("expected a digit") }
    while let byte = current, isDigit(byte) { advance() }
  }
}
