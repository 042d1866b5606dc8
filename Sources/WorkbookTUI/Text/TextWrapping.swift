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
    if byBytes, wrapByBytes(paragraph, width: width, maxLines: maxLines, into: &lines) {
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
/// bytes when each scalar of the words it takes stands alone in one column
/// (`standsAloneInOneColumn`), a `Character` of its own: a word is the bytes between spaces, its
/// width the number of its scalars. Words are joined by one space, as the general path joins
/// them: a line whose words stand one space apart in the text is made from its bytes there, and
/// only a line with a run of spaces inside is put together word by word (200 names took a string
/// append per word). False, with `lines` as they
/// were, when a word taken is wider than the line (only the general path cuts words) or has a
/// scalar that does not stand alone, or the text has no contiguous bytes.
private func wrapByBytes(
  _ paragraph: Substring, width: Int, maxLines: Int, into lines: inout [String]
) -> Bool {
  let wrapped = paragraph.utf8.withContiguousStorageIfAvailable { bytes in
    wrapByBytes(bytes, width: width, maxLines: maxLines, into: &lines)
  }
  return wrapped ?? false
}

private func wrapByBytes(
  _ bytes: UnsafeBufferPointer<UInt8>, width: Int, maxLines: Int, into lines: inout [String]
) -> Bool {
  let before = lines.count
  let space = UInt8(ascii: " ")
  // The line so far: the bytes from `lineStart` to `lineEnd` while its words stand one space
  // apart there, else `joined`.
  var lineStart = 0
  var lineEnd = 0
  var joined: [UInt8]?
  var lineWidth = 0
  func line() -> String {
    joined.map { String(decoding: $0, as: UTF8.self) }
      ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)
  }
  var index = 0
  while lines.count < maxLines {
    while index < bytes.count, bytes[index] == space { index += 1 }
    guard index < bytes.count else { break }
    let start = index
    while index < bytes.count, bytes[index] != space { index += 1 }
    // Only the words taken are asked: the lines a limit leaves out do not change the others.
    guard
      let wordWidth = UnsafeBufferPointer(rebasing: bytes[start..<index])
        .oneColumnScalars(upTo: width),
      wordWidth <= width
    else {
      lines.removeLast(lines.count - before)
      return false
    }
    if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
      if joined == nil, start != lineEnd + 1 {
        joined = Array(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
      }
      joined?.append(space)
      joined?.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
      lineEnd = index
      lineWidth += 1 + wordWidth
      continue
    }
    if lineWidth > 0 {
      lines.append(line())
      joined = nil
    }
    lineStart = start
    lineEnd = index
    lineWidth = wordWidth
  }
  lines.append(line())
  return true
}

extension UnsafeBufferPointer<UInt8> {
  /// How many scalars the valid UTF-8 holds, each standing alone in one column, counted until
  /// the count passes `limit`; nil when a scalar (before then) does not stand alone. Printable
  /// ASCII bytes stand alone; a scalar of two or three bytes is decoded and asked; every scalar
  /// of four bytes is beyond U+FFFF, where none stands alone.
  fileprivate func oneColumnScalars(upTo limit: Int) -> Int? {
    var index = 0
    var scalars = 0
    while index < count, scalars <= limit {
      let lead = self[index]
      scalars += 1
      if lead < 0x80 {
        guard lead >= 0x20, lead < 0x7F else { return nil }
        index += 1
        continue
      }
      let value: UInt32
      if lead & 0xE0 == 0xC0, index + 1 < count {
        value = UInt32(lead & 0x1F) << 6 | UInt32(self[index + 1] & 0x3F)
        index += 2
      } else if lead & 0xF0 == 0xE0, index + 2 < count {
        value =
          UInt32(lead & 0x0F) << 12 | UInt32(self[index + 1] & 0x3F) << 6
          | UInt32(self[index + 2] & 0x3F)
        index += 3
      } else {
        return nil
      }
      guard let scalar = Unicode.Scalar(value), scalar.standsAloneInOneColumn else {
        return nil
      }
    }
    return scalars
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
  /// scalar that stands alone in one column (`standsAloneInOneColumn`) is a column of its own,
  /// counted by the bytes, whatever follows it.
  func fitsDisplayWidth(_ width: Int) -> Bool {
    if utf8.count <= width { return true }
    let counted = utf8.withContiguousStorageIfAvailable { $0.oneColumnScalars(upTo: width) }
    if let columns = counted ?? nil { return columns <= width }
    return displayWidth <= width
  }
}

extension String {
  /// The text cut to `width` columns, ending in "…" when something was cut.
  func truncated(to width: Int) -> String {
    truncated(to: width, byScalars: true)
  }

  /// `truncated`, with `byScalars` false only for the test that holds the scalar path to the
  /// walk over characters. Text whose every scalar stands alone in one column (a summary line
  /// ending in " …") is cut after its first `width - 1` scalars, each a character one column wide.
  func truncated(to width: Int, byScalars: Bool) -> String {
    guard displayWidth > width else { return self }
    guard width > 0 else { return "" }
    if byScalars, unicodeScalars.allSatisfy(\.standsAloneInOneColumn) {
      let end = unicodeScalars.index(unicodeScalars.startIndex, offsetBy: width - 1)
      return String(self[..<end]) + "…"
    }
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
