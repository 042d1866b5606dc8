/// Finds the first place where text stops being valid JSON, with its line and column, because
/// the JSON decoder says only that the data "was not valid JSON". Distinguishes a file cut
/// short (everything was fine until the bytes ran out) from one that is wrong somewhere.
struct JSONSyntaxCheck {
  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0

  /// Nil when `bytes` is one valid JSON value (with optional surrounding white space).
  static func problem(in bytes: [UInt8]) -> SessionFileProblem? {
    var check = JSONSyntaxCheck(bytes: bytes)
    do throws(SessionFileProblem) {
      check.skipSpace()
      try check.value(depth: 0)
      check.skipSpace()
      if check.index < bytes.count { throw check.failure("unexpected text after the end") }
      return nil
    } catch {
      return error
    }
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private static let maximumDepth = 512

  private func failure(_ detail: String) -> SessionFileProblem {
    if index >= bytes.count { return .truncated(line: line) }
    return .malformed(line: line, column: index - lineStart + 1, detail: detail)
  }

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
    while true {
      guard current == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
      try string()
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
          advance()
          for _ in 0..<4 {
            guard let hex = current else { break }
            guard isHexDigit(hex) else { throw failure("expected 4 hex digits after \\u") }
            advance()
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

  private func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  private func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
      || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
  }

  private mutating func literal(_ word: String) throws(SessionFileProblem) {
    for expected in word.utf8 {
      guard current == expected else { throw failure("expected \(word)") }
      advance()
    }
  }

  private mutating func number() throws(SessionFileProblem) {
    if current == UInt8(ascii: "-") { advance() }
    try digits()
    if current == UInt8(ascii: ".") {
      advance()
      try digits()
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      advance()
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { advance() }
      try digits()
    }
  }

  private mutating func digits() throws(SessionFileProblem) {
    guard let first = current, isDigit(first) else { throw failure("expected a digit") }
    while let byte = current, isDigit(byte) { advance() }
  }
}
