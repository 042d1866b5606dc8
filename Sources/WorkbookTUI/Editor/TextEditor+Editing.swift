extension TextEditor {
  /// Inserts typed or pasted text at the cursor and moves the cursor after it, in one pass over the
  /// text however long the insertion. Line breaks of any kind become "\n" (a space in a
  /// single-line field), tabs become spaces, and other control characters are dropped, so the text
  /// never holds anything the terminal would act on.
  public mutating func insert(_ typed: String) {
    var clean = ""
    clean.reserveCapacity(typed.utf8.count)
    for character in typed {
      if character.isNewline {
        clean.append(mode == .multiLine ? "\n" : " ")
      } else if character == "\t" {
        clean.append(" ")
      } else if !character.isControlCharacter {
        clean.append(character)
      }
    }
    guard !clean.isEmpty else { return }
    let isTyping = clean.count == 1 && clean != "\n"
    replace(cursor..<cursor, with: clean, kind: isTyping ? .typing : .block)
  }

  mutating func deleteBackward() {
    guard cursor > text.startIndex else { return }
    replace(text.index(before: cursor)..<cursor, with: "", kind: .deleting)
  }

  mutating func deleteForward() {
    guard cursor < text.endIndex else { return }
    replace(cursor..<text.index(after: cursor), with: "", kind: .deleting)
  }

  /// Ctrl-W: the word before the cursor and the spaces and punctuation after it; at the start of
  /// a line, the line break before it.
  mutating func deleteWordBackward() {
    guard cursor > text.startIndex else { return }
    let before = text.index(before: cursor)
    if text[before].isNewline {
      deleteBackward()
      return
    }
    let afterWord = text.startOfRun(endingAt: cursor) { !$0.isNewline && !$0.isWordCharacter }
    let start = text.startOfRun(endingAt: afterWord, where: \.isWordCharacter)
    deleteBlock(start..<cursor)
  }

  /// Ctrl-U: from the start of the line (the paragraph, not the wrapped row) to the cursor; at the
  /// start of a line, the line break before it.
  mutating func deleteToLineStart() {
    let start = paragraphStart(of: cursor)
    if start < cursor {
      deleteBlock(start..<cursor)
    } else {
      deleteBackward()
    }
  }

  /// Ctrl-K: from the cursor to the end of the line (the paragraph, not the wrapped row); at the
  /// end of a line, the line break after it, joining the next line.
  mutating func deleteToLineEnd() {
    let end = text[cursor...].firstIndex(where: \.isNewline) ?? text.endIndex
    if cursor < end {
      deleteBlock(cursor..<end)
    } else {
      deleteForward()
    }
  }

  func paragraphStart(of index: String.Index) -> String.Index {
    guard let lineBreak = text[..<index].lastIndex(where: \.isNewline) else {
      return text.startIndex
    }
    return text.index(after: lineBreak)
  }

  /// Deletes a word or part of a line at once: Ctrl-Z brings it back.
  private mutating func deleteBlock(_ range: Range<String.Index>) {
    replace(range, with: "", kind: .block)
  }

  /// Every edit goes through here: replaces `range` and puts the cursor after the replacement, on
  /// a character boundary (an inserted combining mark joins the character before it).
  private mutating func replace(
    _ range: Range<String.Index>, with replacement: String, kind: EditKind
  ) {
    recordUndoStep(before: kind)
    let offset = text.utf8Offset(of: range.lowerBound)
    text.replaceSubrange(range, with: replacement)
    let target = text.utf8.index(text.startIndex, offsetBy: offset + replacement.utf8.count)
    cursor = text.characterBoundary(atOrAfter: target)
    lastEdit = LastEdit(kind: kind, cursorOffset: text.utf8Offset(of: cursor))
  }
}

extension String {
  /// `index` if a character starts there, else the start of the next character.
  fileprivate func characterBoundary(atOrAfter index: Index) -> Index {
    guard index < endIndex else { return endIndex }
    // Character views round an index inside a character down to that character's start.
    let next = self.index(after: index)
    let start = self.index(before: next)
    return start == index ? index : next
  }
}

extension Character {
  /// Letters (of any script) and digits make words; spaces, punctuation and emoji separate them.
  var isWordCharacter: Bool { isLetter || isNumber || self == "_" }
}
