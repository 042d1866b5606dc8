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
    "Weiß — größer", "·", "1 2 3 4 5", "a", "ab", "↑↓ scroll", "← → ↔ ↕",
  ]

  /// What is on the row before: narrow characters, for the cut to blank; wide ones, whose halves
  /// the text's first and last characters split, at either parity.
  static let backgrounds = [
    String(repeating: "#", count: 80), String(repeating: "漢", count: 40),
    "#" + String(repeating: "漢", count: 39) + "#",
  ]

  @Test("put writes what the walk over characters writes", arguments: texts)
  func putMatchesCharacters(text: String) {
    for (column, background) in [0, 3, 70].flatMap({ c in Self.backgrounds.map { (c, $0) } }) {
      for maxWidth in [nil, 0, 1, 2, 3, 5, 8, 12, 30] {
        var fast = ScreenBuffer(width: 80, height: 2)
        var slow = ScreenBuffer(width: 80, height: 2)
        fast.put(background, row: 1, column: 0)
        slow.put(background, row: 1, column: 0)
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

  /// A run of one scalar (the Results' bars) is written as `put` writes the text repeated: the
  /// same cells and columns used, cut at the edge, over a wide character, and for a letter or a
  /// digit (whose cut ends in "…").
  @Test("a run of one scalar is the text repeated", arguments: ["█", "▁", "·", "x", "7", "漢", "é"])
  func runMatchesRepeatedText(scalar: String) {
    let run = scalar.unicodeScalars.first!
    for column in [-1, 0, 3, 70, 79, 80] {
      for count in [0, 1, 2, 9, 10, 11, 200] {
        var fast = ScreenBuffer(width: 80, height: 2)
        var slow = ScreenBuffer(width: 80, height: 2)
        // A wide character under the run's start and end, for their other halves to blank.
        for buffer in [0, 1] {
          for place in [2, 69, 78] {
            if buffer == 0 {
              fast.put("漢", row: 1, column: place)
            } else {
              slow.put("漢", row: 1, column: place)
            }
          }
        }
        let used = fast.put(repeating: run, count: count, row: 1, column: column, style: .good)
        let expected = slow.put(
          String(repeating: scalar, count: count), row: 1, column: column, style: .good)
        #expect(used == expected, "\(scalar) × \(count) at \(column)")
        #expect(fast == slow, "\(scalar) × \(count) at \(column)")
      }
    }
    var buffer = ScreenBuffer(width: 10, height: 1)
    #expect(buffer.put(repeating: run, count: 3, row: 1, column: 0) == 0)
    #expect(buffer == ScreenBuffer(width: 10, height: 1))
  }

  /// Text cut to a width by its scalars, where each stands alone in one column, is the text cut
  /// by its characters.
  @Test("a cut by scalars is the cut by characters", arguments: texts)
  func truncatedMatchesCharacters(text: String) {
    for sample in [text, text + " …", "…" + text, text + "e\u{301}", "漢字 " + text] {
      for width in 0...(sample.displayWidth + 2) {
        #expect(
          sample.truncated(to: width) == sample.truncated(to: width, byScalars: false),
          "\(sample) \(width)")
      }
    }
  }

  /// A text's fit counted from its bytes, scalar by scalar, is what its width says: for every
  /// scalar of the Basic Multilingual Plane and some beyond, alone and between others, at the
  /// widths where a scalar taken for one column that is not would tip the answer.
  @Test func fitCountedFromBytesMatchesTheWidthForEveryScalar() {
    let scalars =
      (0...0xFFFF).compactMap { Unicode.Scalar(UInt32($0)) } + [
        "\u{10000}", "\u{1F600}", "\u{10FFFF}",
      ]
    for scalar in scalars {
      for text in [String(scalar), "ab" + String(scalar) + "é", "ſ–" + String(scalar)] {
        let count = text.unicodeScalars.count
        for width in [count - 1, count] {
          #expect(
            text[...].fitsDisplayWidth(width) == (text.displayWidth <= width), "\(scalar.value)")
        }
      }
    }
  }
}
