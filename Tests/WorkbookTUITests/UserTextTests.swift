import Testing
import WorkbookCore
import WorkbookTUI

/// Text people typed (or a hand-edited session file holds) is shown, never obeyed, and wide
/// characters keep the columns straight.
@Suite struct UserTextTests {
  @Test func controlAndDirectionCharactersInANameAreShownNotObeyed() {
    let names = [
      "Ana\u{1B}[2J", "Bo\u{07}\u{9B}31m", "Chen\r\n", "Dan\u{202E}ay", "Eve\u{2067}x\u{2069}",
    ]
    let state = Fixture.app(Fixture.session(names: names), step: .scores)
    let buffer = render(state, width: 80, height: 24)
    for cell in buffer.cells {
      #expect(!cell.text.unicodeScalars.contains(where: TerminalText.isUnsafe), "\(cell)")
    }
    let lines = buffer.lines
    for shown in ["Ana␛[2J", "Bo␇�31m", "Chen␊", "Dan�ay", "Eve�x�"] {
      #expect(lines.contains { $0.contains(shown) }, "\(shown)")
    }
    // Each symbol is one column: the status column stays aligned.
    let statuses = lines.filter { $0.hasSuffix("not yet") }
    #expect(statuses.count == names.count)
    #expect(Set(statuses.map { $0.dropLast("not yet".count).displayWidth }).count == 1)
  }

  @Test func wideNamesKeepTheStatusColumnAligned() {
    let names = ["陳大文", "Zoë", "👩‍🔬 Ana", "Rene\u{301}"]
    let state = Fixture.app(Fixture.session(names: names), step: .scores)
    let lines = render(state, width: 80, height: 24).lines.filter { $0.hasSuffix("not yet") }
    #expect(lines.count == 4)
    let columns = Set(lines.map { $0.dropLast("not yet".count).displayWidth })
    #expect(columns.count == 1)
  }

  @Test func typedWideTextPutsTheCursorAfterIt() {
    var state = AppState(strategies: [Fixture.strategy])
    _ = update(&state, .start(.new))
    _ = update(&state, .newSession(.type("東京 é")))
    let buffer = render(state, width: 80, height: 24)
    let field = buffer.lines[4]
    let start = field.prefix { $0 != "東" }.displayWidth
    // 東 and 京 take two columns each, the space and é one each.
    #expect(buffer.cursor == Position(row: 4, column: start + 6))
  }

  @Test func anyTerminalSizeRendersWithoutTrouble() {
    let state = Fixture.app(Fixture.session(names: ["陳大文"]), step: .scores)
    for (width, height) in [(0, 0), (1, 1), (2, 1), (20, 5), (79, 24), (80, 23)] {
      let buffer = render(state, width: width, height: height)
      #expect(buffer.width == width && buffer.height == height)
      #expect(!buffer.lines.joined().contains("陳"))
    }
  }
}
