import Testing

@testable import WorkbookCurses

@Suite struct TypedCharacterTests {
  /// Feeds scalars as `get_wch` would return them; answers the character assembled and the
  /// scalars left for the next key press.
  private func assemble(_ scalars: [Unicode.Scalar]) -> (Character, [Unicode.Scalar]) {
    var typed = TypedCharacter(scalars[0])
    var index = 1
    while index < scalars.count {
      let joined = typed.extend(with: scalars[index])
      guard joined else { break }
      index += 1
    }
    return (typed.character, Array(scalars[index...]))
  }

  @Test func combiningMarksJoinTheLetterBefore() {
    let (character, rest) = assemble(["e", "\u{301}", "x"])
    #expect(character == "e\u{301}")
    #expect(rest == ["x"])
  }

  @Test func skinTonesAndJoinedEmojiAreOneCharacter() {
    #expect(assemble(["\u{1F44B}", "\u{1F3FD}"]) == ("\u{1F44B}\u{1F3FD}", []))
    let family: [Unicode.Scalar] = ["\u{1F468}", "\u{200D}", "\u{1F469}", "\u{200D}", "\u{1F467}"]
    #expect(assemble(family) == ("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", []))
  }

  @Test func separateLettersStaySeparate() {
    #expect(assemble(["a", "b"]) == ("a", ["b"]))
    #expect(assemble(["中", "文"]) == ("中", ["文"]))
  }
}
