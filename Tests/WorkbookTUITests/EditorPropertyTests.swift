import Testing

@testable import WorkbookTUI

/// Long runs of mixed keys over text in many scripts: whatever is pressed, the editor's promises
/// hold.
@Suite struct EditorPropertyTests {
  static let keys: [Key] = [
    .character("a"), .character("日"), .character("\u{301}"), .character("👍"), .character(" "),
    .enter, .backspace, .delete, .left, .right, .up, .down, .home, .end, .pageUp, .pageDown,
    .wordLeft, .wordRight, .control("w"), .control("u"), .control("k"), .control("y"),
    .control("z"), .paste("Grüße, 世界 e\u{301}\n👩‍👩‍👧 ok"),
  ]

  @Test(arguments: [1, 2, 3, 7, 12, 30])
  func theCursorStaysOnACharacterAndInsideTheField(width: Int) {
    var editor = TextEditor(text: "Les bénévoles 日本語\n🇯🇵 flag", width: width, height: 3)
    // A fixed linear congruential sequence: the same keys every run.
    var seed: UInt64 = 2014
    for _ in 0..<500 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let key = Self.keys[Int(seed >> 33) % Self.keys.count]
      _ = editor.handle(key)
      #expect(isCharacterBoundary(editor.cursor, in: editor.text), "after \(key)")
      var buffer = ScreenBuffer(width: width + 2, height: 5)
      editor.draw(into: &buffer, at: Position(row: 1, column: 1))
      let cursor = buffer.cursor ?? Position(row: -1, column: -1)
      #expect((1...3).contains(cursor.row), "after \(key)")
      #expect((1...width).contains(cursor.column), "after \(key)")
      let widest = editor.layout().map {
        String($0.text.reversed().drop { $0 == " " }).displayWidth
      }.max()
      #expect(width == 1 || widest ?? 0 <= width, "after \(key)")
    }
  }

  private func isCharacterBoundary(_ index: String.Index, in text: String) -> Bool {
    index == text.endIndex || text.index(before: text.index(after: index)) == index
  }
}
