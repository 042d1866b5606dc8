/// Figures drawn five rows tall in full blocks, to read from the back of a room. Each dot of the
/// 3×5 font is two cells wide, since a terminal cell is about twice as tall as it is wide.
enum BlockDigits {
  static let height = 5

  /// The rows of `text` (digits, "." and "–"; other characters are left out), each the same width.
  static func rows(_ text: String) -> [String] {
    let glyphs = text.compactMap { font[$0] }
    return (0..<height).map { row in
      glyphs.map { glyph in
        String(glyph[row].flatMap { $0 == "#" ? "██" : "  " })
      }.joined(separator: "  ")
    }
  }

  /// The width `rows(text)` takes.
  static func width(_ text: String) -> Int {
    let glyphs = text.compactMap { font[$0] }
    guard !glyphs.isEmpty else { return 0 }
    return glyphs.reduce(0) { $0 + 2 * $1[0].count } + 2 * (glyphs.count - 1)
  }

  private static let font: [Character: [String]] = [
    "0": ["###", "# #", "# #", "# #", "###"],
    "1": [" # ", "## ", " # ", " # ", "###"],
    "2": ["###", "  #", "###", "#  ", "###"],
    "3": ["###", "  #", " ##", "  #", "###"],
    "4": ["# #", "# #", "###", "  #", "  #"],
    "5": ["###", "#  ", "###", "  #", "###"],
    "6": ["###", "#  ", "###", "# #", "###"],
    "7": ["###", "  #", "  #", "  #", "  #"],
    "8": ["###", "# #", "###", "# #", "###"],
    "9": ["###", "# #", "###", "  #", "###"],
    ".": [" ", " ", " ", " ", "#"],
    "–": ["   ", "   ", "###", "   ", "   "],
  ]
}
