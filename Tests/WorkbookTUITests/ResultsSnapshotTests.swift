import Foundation
import Testing
import WorkbookCore
import WorkbookTUI

/// The Results as a room sees them, at 80×24, on a 120×40 screen and on a 200×50 projector, for a
/// workshop and for one person alone.
@Suite struct ResultsSnapshotTests {
  static let sizes = [(width: 80, height: 24), (120, 40), (200, 50)]

  @Test func workshop() {
    var state = Fixture.app(revealed(Fixture.scored(Fixture.session())), step: .scores)
    assertSnapshots(state, "results-room", sizes: Self.sizes)
    _ = update(&state, .scores(.moveDown))
    _ = update(&state, .scores(.moveDown))
    assertSnapshots(state, "results-room-third-item", sizes: Self.sizes)
  }

  /// A session based on last year's: a "Then" column with last time's mean and an arrow, and
  /// the selected item's figures then and now in words.
  @Test func comparedWithLastYear() {
    var state = Fixture.app(
      Fixture.basedOnLastYear(revealed(Fixture.scored(Fixture.session()))), step: .scores)
    assertSnapshots(state, "results-compared", styled: true, sizes: Self.sizes)
    _ = update(&state, .scores(.moveDown))
    assertSnapshots(state, "results-compared-second-item", sizes: Self.sizes)
    let solo = Fixture.app(
      Fixture.basedOnLastYear(
        revealed(Fixture.scored(Fixture.session(mode: .solo, names: ["Ana"])))),
      step: .scores)
    assertSnapshots(solo, "results-compared-solo", sizes: Self.sizes)
  }

  /// Without colour the direction still reads: an arrow in the table and a word under the item.
  @Test func theDirectionReadsWithoutColour() {
    let state = Fixture.app(
      Fixture.basedOnLastYear(revealed(Fixture.scored(Fixture.session()))), step: .scores)
    let lines = render(state, width: 80, height: 24).lines
    let row = { (title: String) in lines.first { $0.contains(title) } ?? "" }
    #expect(row("Gatherings").contains("↓3.0"))
    #expect(row("Communication online").contains("=4.7"))
    #expect(row("Understanding needs").contains("↑2.3"))
    #expect(
      lines.contains {
        $0.contains("Last time 3.0, Consensus; now 2.7, Variance: ↓ fell, newly split.")
      })
  }

  @Test func solo() {
    var state = Fixture.app(
      revealed(Fixture.scored(Fixture.session(mode: .solo, names: ["Ana"]))), step: .scores)
    assertSnapshots(state, "results-solo", sizes: Self.sizes)
    _ = update(&state, .scores(.moveDown))
    _ = update(&state, .scores(.moveDown))
    assertSnapshots(state, "results-solo-third-item", sizes: Self.sizes)
  }

  /// Long names in "Lowest … highest …" and long lists of items wrap at word boundaries at 80
  /// columns: every word shows whole.
  @Test func longNamesAndListsWrapAtWords() {
    var strategy = Fixture.strategy
    strategy.scoreItems[0].title = "Engaging online contributors through gatherings"
    strategy.scoreItems[2].title = "Understanding the needs of online contributors"
    strategy.scoreItems[3].title = "Working with online contributors, the strategy as a whole"
    let names = ["Alexandra Konstantinopoulou-Vasilakis", "Bo", "Maximilian Featherstonehaugh"]
    let state = Fixture.app(
      revealed(Fixture.scored(Fixture.session(names: names))), strategy: strategy, step: .scores)
    let lines = render(state, width: 80, height: 24).lines
    let discussion = lines.drop { !$0.contains("Discuss:") }.prefix { !$0.isEmpty }
    let summary = lines.drop { !$0.hasPrefix("  Strengths") }.prefix { !$0.isEmpty }
    let words = { (text: [String]) in
      Set(text.joined(separator: " ").split { " ,.()".contains($0) }.map(String.init))
    }
    // Alexandra scored lowest and Maximilian highest; Bo is neither.
    for word in (names[0] + " " + names[2]).split(separator: " ") {
      #expect(words(Array(discussion)).contains(String(word)), "\(word): \(discussion)")
    }
    for title in strategy.scoreItems.map(\.title) where title != "Communication online" {
      for word in title.split(separator: " ") {
        #expect(
          words(Array(summary)).contains(String(word).trimmingCharacters(in: [","])),
          "\(word): \(summary)")
      }
    }
    #expect(!(discussion + summary).contains { $0.contains("…") }, "\(discussion + summary)")
  }

  /// Scoring again after the reveal offers who scores again, never the reveal.
  @Test func scoreAgainDoesNotOfferTheReveal() {
    var state = Fixture.app(revealed(Fixture.scored(Fixture.session())), step: .scores)
    _ = update(&state, .scores(.rescore))
    let screen = render(state, width: 120, height: 40).lines
    #expect(screen.contains { $0.contains("Score again") })
    #expect(!screen.joined().contains("reveal"), "\(screen.last ?? "")")
    #expect(Keymap.action(for: .character("r"), in: state) == nil)
  }

  private func revealed(_ session: Session) -> Session {
    var session = session
    session.scoresRevealed = true
    return session
  }
}
