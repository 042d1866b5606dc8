/// A content file as its readers take it: its UTF-8 bytes and its lines as ranges of them, so that
/// text becomes a `String` once, where it is kept (a heading's title, a paragraph, an item), not
/// once per line and again per trimming and joining. Every test of a line that `Character`s
/// decide is made on the bytes where the bytes around it are ASCII, which decide it the same way,
/// and on `Character`s elsewhere; `byBytes` false takes `Character`s everywhere, for the tests
/// that hold the two readings to the same answer.
struct ContentText {
  let bytes: [UInt8]
  /// Each line's range of `bytes`, without its line break (see `ContentLines`).
  let lines: [Range<Int>]
  let byBytes: Bool

  init(_ text: String, byBytes: Bool = true) {
    self.init(
      utf8: text.utf8.withContiguousStorageIfAvailable(Array.init) ?? Array(text.utf8),
      byBytes: byBytes)
  }

  /// The text of `bytes`, which are UTF-8.
  init(utf8: [UInt8], byBytes: Bool = true) {
    var bytes = utf8
    // Some Windows editors start UTF-8 files with a byte order mark; it is not part of the text.
    // Its `Character` is always one of its own, so its three bytes are its first `Character`.
    if byBytes
      ? bytes.starts(with: [0xEF, 0xBB, 0xBF])
      : String(decoding: bytes, as: UTF8.self).hasPrefix("\u{FEFF}")
    {
      bytes.removeFirst(3)
    }
    self.bytes = bytes
    lines = bytes.withUnsafeBufferPointer(ContentLines.ranges)
    self.byBytes = byBytes
  }

  /// The number of the last line: a final line break ends the line before it, not a line.
  var lastLine: Int { max(lines.last?.isEmpty == true ? lines.count - 1 : lines.count, 1) }

  func string(_ range: Range<Int>) -> String {
    bytes.withUnsafeBufferPointer {
      String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
    }
  }

  func string(line index: Int) -> String { string(lines[index]) }

  /// Whether the bytes of `range` are those of `ascii`: for ASCII, the same as comparing the
  /// `String`s (no other text is canonically equivalent to ASCII without these characters).
  func bytes(_ range: Range<Int>, are ascii: StaticString) -> Bool {
    guard byBytes else { return string(range) == ascii.description }
    guard range.count == ascii.utf8CodeUnitCount else { return false }
    return ascii.withUTF8Buffer { ascii in
      var index = 0
      while index < ascii.count {
        if bytes[range.lowerBound + index] != ascii[index] { return false }
        index += 1
      }
      return true
    }
  }

  /// `range` without the whitespace `Character`s at its ends, as `String.trimmingSpaces` trims.
  /// By bytes when what is left begins and ends with ASCII (or nothing is left): an ASCII space
  /// or tab next to ASCII is a `Character` of its own, and a `Character` holding an ASCII byte
  /// that is not whitespace is not whitespace (it begins with that byte or a prepended mark).
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    if byBytes {
      var start = range.lowerBound
      var end = range.upperBound
      while start < end && bytes[start].isASCIIWhitespace { start += 1 }
      while end > start && bytes[end - 1].isASCIIWhitespace { end -= 1 }
      if start == end || (bytes[start] < 0x80 && bytes[end - 1] < 0x80) { return start..<end }
    }
    let text = string(range)
    var rest = Substring(text)
    while let first = rest.first, first.isWhitespace { rest.removeFirst() }
    while let last = rest.last, last.isWhitespace { rest.removeLast() }
    let start = range.lowerBound + text.utf8.distance(from: text.startIndex, to: rest.startIndex)
    return start..<(start + rest.utf8.count)
  }

  /// The first ":" `Character` of `text`. By bytes when there is no ":" byte or the first has
  /// ASCII on both sides (no mark joins it to the `Character` before or after).
  static func firstColon(in text: String, byBytes: Bool) -> String.Index? {
    let utf8 = text.utf8
    if byBytes {
      guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
      let after = utf8.index(after: colon)
      if (colon == utf8.startIndex || utf8[utf8.index(before: colon)] < 0x80)
        && (after == utf8.endIndex || utf8[after] < 0x80)
      {
        return colon
      }
    }
    return text.firstIndex(of: ":")
  }

  /// Whether the line's first `Character` is a space or a tab. A space or tab followed by an ASCII
  /// byte is a `Character` of its own, so only other lines need their first `Character` worked out.
  func isIndented(_ range: Range<Int>) -> Bool {
    guard let first = range.first.map({ bytes[$0] }), first == 0x20 || first == 0x09 else {
      return false
    }
    if byBytes && (range.count == 1 || bytes[range.lowerBound + 1] < 0x80) { return true }
    let character = string(range).first
    return character == " " || character == "\t"
  }
}
