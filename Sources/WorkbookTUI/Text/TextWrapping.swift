/// Breaks text into lines of at most `width` columns, at spaces where it can and inside a word
/// only when the word alone is wider than the line. Line breaks in the text start new lines; an
/// empty line stays as a paragraph break.
func wrap(_ text: String, width: Int) -> [String] {
  guard width > 0 else { return [] }
  var lines: [String] = []
  for paragraph in paragraphs(of: text) {
    // A line that fits is kept as written, spaces and all.
    if paragraph.displayWidth <= width {
      lines.append(String(paragraph))
      continue
    }
    var line = ""
    var lineWidth = 0
    for word in words(of: paragraph) {
      var word = word
      let wordWidth = word.displayWidth
      if lineWidth > 0, lineWidth + 1 + wordWidth <= width {
        line += " " + word
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
  return lines
}

/// The text's lines, split at "\n" as by `Character`. Without a "\r" (which makes "\r\n" one
/// `Character`) every "\n" byte is a `Character` of its own, and the bytes are split instead.
private func paragraphs(of text: String) -> [Substring] {
  guard !text.utf8.contains(0x0D) else {
    return text.split(separator: "\n", omittingEmptySubsequences: false)
  }
  return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map(Substring.init)
}

/// The words of a line, split at spaces as by `Character`; by scalars where every scalar stands
/// alone (see `standsAloneInOneColumn`), as in most of what is wrapped.
private func words(of line: Substring) -> [Substring] {
  guard line.unicodeScalars.allSatisfy(\.standsAloneInOneColumn) else {
    return line.split(separator: " ")
  }
  return line.unicodeScalars.split(separator: " ").map(Substring.init)
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
