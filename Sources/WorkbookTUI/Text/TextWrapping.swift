/// Breaks text into lines of at most `width` columns, at spaces where it can and inside a word
/// only when the word alone is wider than the line. Line breaks in the text start new lines; an
/// empty line stays as a paragraph break. With `maxLines`, the first that many lines: a screen
/// that can show only so many need not build the rest of a long text.
func wrap(_ text: String, width: Int, maxLines: Int = .max) -> [String] {
  guard width > 0 else { return [] }
  var lines: [String] = []
  for paragraph in paragraphs(of: text) {
    if lines.count >= maxLines { break }
    // A line that fits is kept as written, spaces and all.
    if paragraph.fitsDisplayWidth(width) {
      lines.append(String(paragraph))
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
        line += word
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
