import Testing
import WorkbookCore
import WorkbookTUI

/// The Export step at 80×24 and 120×40, compared with Snapshots/export-*.txt.
@Suite struct ExportSnapshotTests {
  @Test func markdownChosen() {
    assertSnapshots(ExportFixture.app(), "export-markdown", styled: true)
  }

  @Test func csvPlan() {
    var state = ExportFixture.app()
    press(.down, .down, .down, in: &state)
    assertSnapshots(state, "export-csv-plan")
  }

  @Test func scoresBeforeTheRevealAreLeftOut() {
    var unrevealed = ExportFixture.planned()
    unrevealed.scoresRevealed = false
    var state = ExportFixture.app(unrevealed)
    press(.down, .down, in: &state)
    assertSnapshots(state, "export-csv-scores-before-the-reveal")
  }

  @Test func changingTheFileName() {
    var state = ExportFixture.app()
    press(.character("f"), .control("u"), in: &state)
    type("rapports/été-東京.md", in: &state)
    assertSnapshots(state, "export-file-name")
  }

  @Test func askingBeforeReplacingAFile() {
    var state = ExportFixture.app()
    press(.character("w"), in: &state)
    _ = update(
      &state, .result(.exportFileExists(path: "\(ExportFixture.folder)/Spring-workshop.md")))
    assertSnapshots(state, "export-confirm-overwrite")
  }

  @Test func written() {
    var state = ExportFixture.app()
    press(.character("w"), in: &state)
    _ = update(&state, .result(.exportWritten(path: "\(ExportFixture.folder)/Spring-workshop.md")))
    assertSnapshots(state, "export-written")
  }

  @Test func notWritten() {
    var state = ExportFixture.app()
    press(.character("w"), in: &state)
    _ = update(
      &state,
      .result(
        .exportFailed(
          "Permission denied (could not write \(ExportFixture.folder)/Spring-workshop.md)")))
    assertSnapshots(state, "export-failed")
  }
}
