import Testing
import WorkbookTUI

@testable import WorkbookCurses

@Suite struct KeyDecoderTests {
  @Test func controlCharactersBecomeTheKeysTheyAre() {
    #expect(KeyDecoder.key(forCharacter: 9) == .tab)
    #expect(KeyDecoder.key(forCharacter: 10) == .enter)
    #expect(KeyDecoder.key(forCharacter: 13) == .enter)
    #expect(KeyDecoder.key(forCharacter: 27) == .escape)
    #expect(KeyDecoder.key(forCharacter: 127) == .backspace)
    #expect(KeyDecoder.key(forCharacter: 8) == .backspace)
  }

  @Test func controlLettersAreNamedByTheirLowercaseLetter() {
    #expect(KeyDecoder.key(forCharacter: 3) == .control("c"))
    #expect(KeyDecoder.key(forCharacter: 1) == .control("a"))
    #expect(KeyDecoder.key(forCharacter: 26) == .control("z"))
    #expect(KeyDecoder.key(forCharacter: 25) == .control("y"))
  }

  @Test func otherControlCharactersAreIgnored() {
    #expect(KeyDecoder.key(forCharacter: 0) == nil)
    #expect(KeyDecoder.key(forCharacter: 28) == nil)
    #expect(KeyDecoder.key(forCharacter: 0x9B) == nil)
  }

  @Test func textArrivesAsCharacters() {
    #expect(KeyDecoder.key(forCharacter: 0x61) == .character("a"))
    #expect(KeyDecoder.key(forCharacter: 0x20) == .character(" "))
    #expect(KeyDecoder.key(forCharacter: 0xE9) == .character("é"))
    #expect(KeyDecoder.key(forCharacter: 0x4E2D) == .character("中"))
    #expect(KeyDecoder.key(forCharacter: 0x1F600) == .character("😀"))
  }

  @Test func keyCodesBecomeNamedKeys() {
    #expect(KeyDecoder.key(forCode: 0o403) == .up)
    #expect(KeyDecoder.key(forCode: 0o402) == .down)
    #expect(KeyDecoder.key(forCode: 0o404) == .left)
    #expect(KeyDecoder.key(forCode: 0o405) == .right)
    #expect(KeyDecoder.key(forCode: 0o406) == .home)
    #expect(KeyDecoder.key(forCode: 0o550) == .end)
    #expect(KeyDecoder.key(forCode: 0o523) == .pageUp)
    #expect(KeyDecoder.key(forCode: 0o522) == .pageDown)
    #expect(KeyDecoder.key(forCode: 0o407) == .backspace)
    #expect(KeyDecoder.key(forCode: 0o512) == .delete)
    #expect(KeyDecoder.key(forCode: 0o527) == .enter)
    #expect(KeyDecoder.key(forCode: 0o541) == .backTab)
    // KEY_F0 is 0o410: F1 is one past it.
    #expect(KeyDecoder.key(forCode: 0o411) == .function(1))
    #expect(KeyDecoder.key(forCode: 0o424) == .function(12))
  }

  @Test func wordMovesComeWithControlOrAlt() {
    // Codes above KEY_MAX are assigned at run time; the terminfo name tells them apart.
    #expect(KeyDecoder.key(forCode: 0o1100, named: "kLFT5") == .wordLeft)
    #expect(KeyDecoder.key(forCode: 0o1101, named: "kRIT5") == .wordRight)
    #expect(KeyDecoder.key(forCode: 0o1102, named: "kUP5") == nil)
    #expect(KeyDecoder.key(forAltCharacter: 0x62) == .wordLeft)
    #expect(KeyDecoder.key(forAltCharacter: 0x66) == .wordRight)
    #expect(KeyDecoder.key(forAltCharacter: 0x78) == nil)
  }
}
