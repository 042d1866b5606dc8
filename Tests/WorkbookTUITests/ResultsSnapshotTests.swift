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

  @Test func solo() {
    var state = Fixture.app(
      revealed(Fixture.scored(Fixture.session(mode: .solo, names: ["Ana"]))), step: .scores)
    assertSnapshots(state, "results-solo", sizes: Self.sizes)
    _ = update(&state, .scores(.moveDown))
    _ = update(&state, .scores(.moveDown))
    assertSnapshots(state, "results-solo-third-item", sizes: Self.sizes)
  }

  private func revealed(_ session: Session) -> Session {
    var session = session
    session.scoresRevealed = true
    return session
  }
}
