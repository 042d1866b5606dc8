/// Breaks text into lines of at most `width` columns, at spaces where it can and inside a word
/// only when the word alone is wider than the line. Line breaks in the text start new lines; an
/// empty line stays as a paragraph break. With `maxLines`, the first that many lines: a screen
/// that can show only so many need not build the rest of a long text.
func wrap(_ text: String, width: Int, maxLines: Int = .max) -> [String] {
  wrap(text, width: width, maxLines: maxLines, byBytes: true)
}

/// `wrap`, with `byBytes` false only for the test that holds the byte path to the general one.
func wrap(_ text: String, width: Int, maxLines: Int, byBytes: Bool) -> [String] {
  guard width > 0 else { return [] }
  var lines: [String] = []
  for paragraph in paragraphs(of: text) {
    if lines.count >= maxLines { break }
    // A line that fits is kept as written, spaces and all.
    if paragraph.fitsDisplayWidth(width) {
      lines.append(String(paragraph))
      continue
    }
    if byBytes, paragraph.isOneColumnPerScalar,
      wrapByBytes(paragraph, width: width, maxLines: maxLines, into: &lines)
    {
      continue
    }
    var line = ""
    var lineWidth = 0
    var rest = paragraph
    let byScalars =
      paragraph.utf8.isASCII
      || paragraph.unicodeScalars.allSatisfy { $0.isASCII || $0.standsAloneInOneColumn }
    while lines.count < maxLines, var word = nextWord(&rest, byScalars: byScalars) {
      let wordWidth = word.displayWidth
      if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
        line += " "
        line.append(contentsOf: word)
        lineWidth += 1 + wordWidth
        continue
      }
      if lineWidth > 0 {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      // A word longer than a line is cut where the line ends, with a hyphen where the cut falls
      // between two letters or digits, so it never reads as a shorter word.
      while word.displayWidth > width {
        var piece = ""
        var pieceWidth = 0
        while let next = word.first, pieceWidth + next.displayWidth <= width {
          piece.append(next)
          pieceWidth += next.displayWidth
          word = word.dropFirst()
        }
        if piece.isEmpty { break }
        if width > 2, word.first?.isWordCharacter == true, piece.last?.isWordCharacter == true {
          while pieceWidth + 1 > width, let last = piece.popLast() {
            pieceWidth -= last.displayWidth
            word = Substring(String(last) + word)
          }
          piece += "-"
        }
        lines.append(piece)
      }
      line = String(word)
      lineWidth = word.displayWidth
    }
    lines.append(line)
  }
  // The line being built when the limit was reached.
  if lines.count > maxLines { lines.removeLast(lines.count - maxLines) }
  return lines
}

/// The general path's wrapping of a paragraph too wide for its line, worked out on its UTF-8
/// bytes when each of its scalars is a `Character` one column wide (`isOneColumnPerScalar`): a
/// word is the bytes between spaces, its width the number of scalars it begins. Words are joined
/// by one space, as the general path joins them. False, with `lines` as they were, when a word is
/// wider than the line: only the general path cuts words.
private func wrapByBytes(
  _ paragraph: Substring, width: Int, maxLines: Int, into lines: inout [String]
) -> Bool {
  let before = lines.count
  let bytes = paragraph.utf8
  let space = UInt8(ascii: " ")
  var line = ""
  var lineWidth = 0
  var index = bytes.startIndex
  while lines.count < maxLines {
    while index < bytes.endIndex, bytes[index] == space { bytes.formIndex(after: &index) }
    guard index < bytes.endIndex else { break }
    let start = index
    var wordWidth = 0
    while index < bytes.endIndex, bytes[index] != space {
      // A byte that does not continue a scalar begins one.
      if bytes[index] & 0xC0 != 0x80 { wordWidth += 1 }
      bytes.formIndex(after: &index)
    }
    guard wordWidth <= width else {
      lines.removeLast(lines.count - before)
      return false
    }
    let word = paragraph[start..<index]
    if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
      line += " "
      line.append(contentsOf: word)
      lineWidth += 1 + wordWidth
      continue
    }
    if lineWidth > 0 { lines.append(line) }
    line = String(word)
    lineWidth = wordWidth
  }
  lines.append(line)
  return true
}

extension Substring {
  /// Whether each scalar of the text stands alone in one column (`standsAloneInOneColumn`), so
  /// that each is a `Character` of its own one column wide; read by bytes where it is ASCII.
  fileprivate var isOneColumnPerScalar: Bool {
    if utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) { return true }
    return unicodeScalars.allSatisfy(\.standsAloneInOneColumn)
  }
}

/// The text's paragraphs, split at "\n" as by `Character`. Without a "\r" (which makes "\r\n"
/// one `Character`) every "\n" byte is a `Character` of its own, and the bytes are split instead;
/// most texts are one paragraph, which the byte search says without walking the characters.
private func paragraphs(of text: String) -> [Substring] {
  guard text.utf8.containsByte(0x0A) else { return [text[...]] }
  guard !text.utf8.containsByte(0x0D) else {
    return text.split(separator: "\n", omittingEmptySubsequences: false)
  }
  return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map(Substring.init)
}

/// The next word of `text` (the characters up to a space), taken off it with the spaces before
/// it; nil when only spaces are left. Words are taken one at a time, so a wrap that stops at
/// `maxLines` does not walk the rest of a long text. In text of ASCII and of scalars that stand
/// alone (`byScalars`, see `standsAloneInOneColumn`) a space scalar is a space character, so
/// the spaces are found by their byte (a space's byte is never part of another scalar's).
private func nextWord(_ text: inout Substring, byScalars: Bool) -> Substring? {
  let bytes = text.utf8
  let start =
    byScalars ? bytes.firstIndex { $0 != 0x20 } : text.firstIndex { $0 != " " }
  guard let start else { return nil }
  let end =
    (byScalars ? bytes[start...].firstIndex(of: 0x20) : text[start...].firstIndex(of: " "))
    ?? text.endIndex
  defer { text = text[end...] }
  return text[start..<end]
}

extension Substring {
  /// Whether the text takes at most `width` columns, as `displayWidth <= width` says, without
  /// measuring the whole of a long text: no character is wider than its UTF-8 bytes, and each
  /// printable ASCII byte at the start is a column of its own.
  func fitsDisplayWidth(_ width: Int) -> Bool {
    if utf8.count <= width { return true }
    var columns = 0
    for byte in utf8 {
      guard (0x20..<0x7F).contains(byte) else { return displayWidth <= width }
      columns += 1
      if columns > width { return false }
    }
    return true
  }
}

extension String {
  /// The text cut to `width` columns, ending in "…" when something was cut.
  func truncated(to width: Int) -> String {
    guard displayWidth > width else { return self }
    guard width > 0 else { return "" }
    var result = ""
    var used = 0
    for character in self {
      if used + character.displayWidth > width - 1 { break }
      result.append(character)
      used += character.displayWidth
    }
    return result + "…"
  }

  /// The text followed by spaces up to `width` columns.
  func padded(to width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - displayWidth))
  }
}
