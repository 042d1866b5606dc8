import Testing
import WorkbookCore

@testable import WorkbookTUI

/// The faster paths for plain text (by bytes for printable ASCII, by scalars for text whose
/// scalars stand alone) give exactly what the walk over characters gives: the same cells, cut
/// and "…", and the same answer whether a paragraph fits a line.
@Suite struct FastTextPathTests {
  static let texts = [
    "", "Gatherings", "Gatherings and events", "a  b   ", "   ", "word.", "Lowest Ana (1), highest",
    "12345 678", "x,y;z", "Ana's \"quoted\" text!", "ends in spaces   ", "…",
    "– dash – and “quotes”",
    "Žluťoučký kůň", "██████████████████████", "▁▂▃▄▅▆▇█ · ▁", "café déjà vu", "a\u{00A0}b",
    "Weiß — größer", "·", "1 2 3 4 5",
  ]

  @Test("put writes what the walk over characters writes", arguments: texts)
  func putMatchesCharacters(text: String) {
    for column in [0, 3, 70] {
      for maxWidth in [nil, 0, 1, 2, 3, 5, 8, 12, 30] {
        var fast = ScreenBuffer(width: 80, height: 2)
        var slow = ScreenBuffer(width: 80, height: 2)
        // Something already on the row, for the cut to blank.
        fast.put(String(repeating: "#", count: 80), row: 1, column: 0)
        slow.put(String(repeating: "#", count: 80), row: 1, column: 0)
        let used = fast.put(text, row: 1, column: column, style: .accent, maxWidth: maxWidth)
        let limit = min(80, column + (maxWidth ?? 80))
        let expected = slow.putByCharacters(
          text, row: 1, column: column, style: .accent, limit: limit)
        #expect(used == expected, "\(text) at \(column), \(String(describing: maxWidth))")
        #expect(fast == slow, "\(text) at \(column), \(String(describing: maxWidth))")
      }
    }
  }

  @Test("a paragraph fits a line exactly when its width does", arguments: texts)
  func fitsMatchesWidth(text: String) {
    let long = text + " " + text + " e\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}"
    for sample in [text, long, "\u{1F600}" + text, text + "\u{FE0F}", "\t" + text] {
      for width in 0...(sample.displayWidth + 2) {
        #expect(sample[...].fitsDisplayWidth(width) == (sample.displayWidth <= width), "\(sample)")
      }
    }
  }
}
