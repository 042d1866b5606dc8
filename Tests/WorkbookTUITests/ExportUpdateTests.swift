import Testing
import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

/// The Export step: the format, the file, the write asked of the run loop and its answers.
@Suite struct ExportUpdateTests {
  private let folder = ExportFixture.folder

  private func request(
    _ state: AppState, _ choice: ExportChoice, _ path: String, overwrite: Bool = false
  ) -> Effect {
    .writeExport(
      ExportRequest(
        text: ExportFixture.export(state, choice), path: path, overwrite: overwrite,
        sessionID: "s1"))
  }

  @Test func writesMarkdownToTheSessionTitleInTheStartingFolder() {
    var state = ExportFixture.app()
    #expect(
      state.workbook?.export.preview?.text == .success(ExportFixture.export(state, .markdown)))
    let effects = press(.character("w"), in: &state)
    #expect(effects == [request(state, .markdown, "\(folder)/Spring-workshop.md")])
    #expect(state.workbook?.export.outcome == .writing)
  }

  @Test func eachFormatHasItsTextAndItsExtension() {
    var state = ExportFixture.app()
    let expected: [(ExportChoice, String)] = [
      (.wikitext, "Spring-workshop.wiki"), (.csvScores, "Spring-workshop-scores.csv"),
      (.csvPlan, "Spring-workshop-plan.csv"), (.json, "Spring-workshop.json"),
    ]
    for (choice, name) in expected {
      press(.down, in: &state)
      #expect(state.workbook?.export.choice == choice)
      #expect(press(.enter, in: &state) == [request(state, choice, "\(folder)/\(name)")])
    }
    press(.down, in: &state)
    #expect(state.workbook?.export.choice == .json)
    press(.up, .up, .up, .up, .up, in: &state)
    #expect(state.workbook?.export.choice == .markdown)
  }

  @Test func beforeTheRevealEveryFormatWritesWhatItShowsWithoutAnyonesScores() throws {
    var session = ExportFixture.planned()
    session.scoresRevealed = false
    var state = ExportFixture.app(session)
    let expected: [(ExportChoice, String)] = [
      (.markdown, "Spring-workshop.md"), (.wikitext, "Spring-workshop.wiki"),
      (.csvScores, "Spring-workshop-scores.csv"), (.csvPlan, "Spring-workshop-plan.csv"),
      (.json, "Spring-workshop.json"),
    ]
    for (index, (choice, name)) in expected.enumerated() {
      if index > 0 { press(.down, in: &state) }
      #expect(state.workbook?.export.choice == choice)
      let text = try #require(try state.workbook?.export.preview?.text.get())
      // The exporter's private form, as `workbook export` writes it by default.
      #expect(text == ExportFixture.export(state, choice))
      for key: Key in [.character("w"), .enter] {
        #expect(press(key, in: &state) == [request(state, choice, "\(folder)/\(name)")])
      }
    }
    press(.up, .up, in: &state)
    let scores = try #require(try state.workbook?.export.preview?.text.get())
    #expect(scores.hasPrefix("participant,item,score,item_title"))
    #expect(scores.contains("Ana,gatherings,,Gatherings"))
    for answer in ["1", "2", "3", "4", "5", "dont_know", "not_applicable"] {
      #expect(!scores.contains(",\(answer),"), "an answer in the CSV: \(answer)")
    }
    let footer = render(state, width: 80, height: 24).lines[20...21].joined()
    #expect(footer.contains("it holds no one's scores, only who has scored."))
  }

  @Test func aTypedNameKeepsItsFolderAndFollowsTheFormat() {
    var state = ExportFixture.app()
    press(.character("f"), .control("u"), in: &state)
    type("rapports/Rapport d'été.md", in: &state)
    press(.enter, in: &state)
    #expect(state.workbook?.export.fileEditor == nil)
    press(.down, in: &state)
    #expect(
      press(.character("w"), in: &state)
        == [request(state, .wikitext, "\(folder)/rapports/Rapport d'été.wiki")])
  }

  @Test func anAbsolutePathIsUsedAsTyped() {
    var state = ExportFixture.app()
    press(.character("f"), .control("u"), in: &state)
    type("/srv/exports/spring.md", in: &state)
    press(.enter, in: &state)
    #expect(
      press(.character("w"), in: &state) == [request(state, .markdown, "/srv/exports/spring.md")])
  }

  @Test func escapeKeepsTheNameBeforeAndAnEmptyNameIsRefused() {
    var state = ExportFixture.app()
    press(.character("f"), .control("u"), in: &state)
    type("other.md", in: &state)
    press(.escape, .escape, in: &state)
    #expect(state.workbook?.export.fileEditor == nil)
    #expect(state.workbook?.export.fileName == nil)
    press(.character("f"), .control("u"), .enter, in: &state)
    #expect(state.workbook?.export.fileEditor?.text == "")
    #expect(state.message?.isError == true)
  }

  @Test func anExistingFileIsReplacedOnlyAfterYes() {
    var state = ExportFixture.app()
    let path = "\(folder)/Spring-workshop.md"
    press(.character("w"), in: &state)
    _ = update(&state, .result(.exportFileExists(path: path)))
    #expect(state.workbook?.export.pendingOverwrite == path)
    #expect(Keymap.contexts(for: state) == [.overwriteConfirmation, .always])
    // Steps and writes wait for the answer.
    #expect(press(.character("w"), .tab, in: &state) == [])
    #expect(state.workbook?.step == .export)
    #expect(press(.character("n"), in: &state) == [])
    #expect(state.workbook?.export.pendingOverwrite == nil)
    press(.character("w"), in: &state)
    _ = update(&state, .result(.exportFileExists(path: path)))
    #expect(
      press(.character("y"), in: &state) == [request(state, .markdown, path, overwrite: true)])
    _ = update(&state, .result(.exportWritten(path: path)))
    #expect(state.workbook?.export.outcome == .written(path))
    #expect(state.message?.text == "Written to \(path)")
  }

  @Test func aFailedWriteSaysWhyAndKeepsTheTypedName() {
    var state = ExportFixture.app()
    press(.character("f"), .control("u"), in: &state)
    type("missing/report.md", in: &state)
    press(.enter, .character("w"), in: &state)
    let reason = "could not write \(folder)/missing/report.md: No such file or directory"
    _ = update(&state, .result(.exportFailed(reason)))
    #expect(state.workbook?.export.outcome == .failed(reason))
    #expect(state.message == StatusMessage("Not written: \(reason)", isError: true))
    #expect(state.workbook?.export.fileName == "missing/report.md")
    press(.character("f"), in: &state)
    #expect(state.workbook?.export.fileEditor?.text == "missing/report.md")
  }

  @Test func exportingNeverChangesTheSession() {
    var state = ExportFixture.app()
    let session = state.workbook?.session
    var effects: [Effect] = []
    effects += press(.down, .down, .character("w"), .pageDown, .character("f"), in: &state)
    type("x.csv", in: &state)
    effects += press(.enter, .character("w"), in: &state)
    _ = update(&state, .result(.exportFileExists(path: "\(folder)/x.csv")))
    effects += press(.character("y"), in: &state)
    #expect(state.workbook?.session == session)
    #expect(!effects.contains { if case .saveSession = $0 { true } else { false } })
    #expect(state.save == .unchanged)
  }

  @Test func theDefaultNameKeepsLettersOfEveryScript() {
    var state = ExportFixture.app()
    for (title, name) in [
      ("Réunion d'été 2026 / Oslo", "Réunion-d-été-2026-Oslo.md"),
      ("東京の会議 👍", "東京の会議.md"), ("../..", "session.md"), (".hidden", "hidden.md"),
    ] {
      state.workbook?.session.title = title
      #expect(
        press(.character("w"), in: &state) == [request(state, .markdown, "\(folder)/\(name)")])
    }
  }

  @Test func theRunLoopsAnswersAreNotKeys() {
    var state = ExportFixture.app()
    _ = update(&state, .timer(.cycle))
    _ = update(&state, .result(.exportWritten(path: "/a.md")))
    #expect(state.message?.text == "Written to /a.md")
    _ = update(&state, .tick(seconds: 3))
    #expect(state.message?.text == "Written to /a.md")
  }

  @Test func anUndoOnTheExportStepShowsInThePreview() throws {
    var state = ExportFixture.app()
    press(.character("5"), .character("a"), in: &state)
    type("Survey 調査", in: &state)
    press(.control("d"), .character("6"), in: &state)
    #expect(try state.workbook?.export.preview?.text.get().contains("| Survey 調査 |") == true)
    press(.character("u"), in: &state)
    #expect(try state.workbook?.export.preview?.text.get().contains("Survey 調査") == false)
    #expect(
      state.workbook?.export.preview?.text == .success(ExportFixture.export(state, .markdown)))
  }

  @Test func thePreviewScrollsWithinTheText() {
    var state = ExportFixture.app()
    press(.pageUp, in: &state)
    #expect(state.workbook?.export.scroll == 0)
    press(.pageDown, in: &state)
    #expect(state.workbook?.export.scroll == 11)
    for _ in 0..<100 { press(.pageDown, in: &state) }
    // The last page ends with the export's last line, in the preview's last row (the 17th).
    let screen = render(state, width: 80, height: 24).lines
    #expect(screen[16].hasSuffix("│ columns are this workbook's own, not the page's."))
    press(.character("K"), in: &state)
    #expect(render(state, width: 80, height: 24).lines[16] == screen[15])
  }
}
