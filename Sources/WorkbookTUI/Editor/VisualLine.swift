/// One row of text as a field shows it after word wrapping: a slice of the text, and whether the
/// paragraph ends with it or goes on in the next row.
public struct VisualLine: Sendable, Equatable {
  /// The characters of the row, in the text being edited. A wrapped row keeps the spaces where it
  /// was broken; they hang past the row's end and are not drawn when they do not fit.
  public var range: Range<String.Index>
  public var text: Substring
  /// True when a line break or the end of the text follows the row; false when it was wrapped.
  public var endsParagraph: Bool

  /// Wraps `text` into rows for a field `width` columns wide. Rows break after spaces and next to
  /// wide (CJK) characters; a word longer than a row is broken between characters. The text of a
  /// row, its hanging spaces left out, takes at most `width - 1` columns: the last column is kept
  /// for the cursor at the end of a row (a field one column wide shows one character per row).
  public static func wrap(_ text: String, width: Int) -> [VisualLine] {
    let limit = max(1, width - 1)
    var lines: [VisualLine] = []
    var lineStart = text.startIndex
    var column = 0
    // The last place after lineStart where the row may break, and the columns used before it.
    var breakPoint: String.Index?
    var columnAtBreak = 0
    // Whether a row may break after the character before: a space or a wide character.
    var breaksAfterPrevious = false

    func endRow(at end: String.Index, endsParagraph: Bool) {
      lines.append(
        VisualLine(
          range: lineStart..<end, text: text[lineStart..<end], endsParagraph: endsParagraph))
    }

    for index in text.indices {
      let character = text[index]
      if character.isNewline {
        endRow(at: index, endsParagraph: true)
        lineStart = text.index(after: index)
        column = 0
        breakPoint = nil
        breaksAfterPrevious = false
        continue
      }
      let characterWidth = character.displayWidth
      if character != " " {
        if index > lineStart, breaksAfterPrevious || characterWidth == 2 {
          breakPoint = index
          columnAtBreak = column
        }
        if characterWidth > 0, index > lineStart, column + characterWidth > limit {
          if let breakPoint, breakPoint > lineStart {
            endRow(at: breakPoint, endsParagraph: false)
            lineStart = breakPoint
            column -= columnAtBreak
          }
          // Still too long: the word alone is wider than a row.
          if index > lineStart, column + characterWidth > limit {
            endRow(at: index, endsParagraph: false)
            lineStart = index
            column = 0
          }
          breakPoint = nil
        }
      }
      // Spaces never start a row: they hang at the end of the one they follow.
      column += characterWidth
      breaksAfterPrevious = character == " " || characterWidth == 2
    }
    endRow(at: text.endIndex, endsParagraph: true)
    return lines
  }
}
