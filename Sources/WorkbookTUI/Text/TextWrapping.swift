/// Breaks text into lines of at most `width` columns, at spaces where it can and inside a word
/// only when the word alone is wider than the line. Line breaks in the text start new lines; an
/// empty line stays as a paragraph break. With `maxLines`, the first that many lines: a screen
/// that can show only so many need not build the rest of a long text.
func wrap(_ text: String, width: Int, maxLines: Int = .max) -> [String] {
  guard width > 0 else { return [] }
  var lines: [String] = []
  // Most texts are one paragraph: a search for the byte says so without walking the characters.
  let paragraphs =
    text.utf8.contains(UInt8(ascii: "\n"))
    ? text.split(separator: "\n", omittingEmptySubsequences: false) : [text[...]]
  for paragraph in paragraphs {
    if lines.count >= maxLines { break }
    // A line that fits is kept as written, spaces and all.
    if paragraph.displayWidth <= width {
      lines.append(String(paragraph))
      continue
    }
    var line = ""
    var lineWidth = 0
    var rest = paragraph
    let ascii = paragraph.utf8.allSatisfy { $0 < 0x80 }
    while lines.count < maxLines, var word = nextWord(&rest, ascii: ascii) {
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

/// The next word of `text` (the characters up to a space), taken off it with the spaces before
/// it; nil when only spaces are left. Words are taken one at a time, so a wrap that stops at
/// `maxLines` does not walk the rest of a long text. In ASCII text (`ascii`) a space byte is a
/// space character, so the spaces are found by their bytes.
private func nextWord(_ text: inout Substring, ascii: Bool) -> Substring? {
  let space = UInt8(ascii: " ")
  let start = ascii ? text.utf8.firstIndex { $0 != space } : text.firstIndex { $0 != " " }
  guard let start else { return nil }
  let end =
    (ascii ? text.utf8[start...].firstIndex(of: space) : text[start...].firstIndex(of: " "))
    ?? text.endIndex
  defer { text = text[end...] }
  return text[start..<end]
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
