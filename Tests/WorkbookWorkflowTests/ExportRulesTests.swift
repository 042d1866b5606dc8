import Testing
import WorkbookCore
import WorkbookWorkflow

/// Export names and the private form of an export before the reveal.
@Suite struct ExportRulesTests {
  private let strategy = WorkflowFixture.strategy

  @Test func theDefaultNameIsMadeFromTheTitle() {
    #expect(
      ExportFileName.defaultName(title: "Spring workshop: 2026/27", choice: .markdown)
        == "Spring-workshop-2026-27.md")
    #expect(ExportFileName.defaultName(title: "Ås møte", choice: .wikitext) == "Ås-møte.wiki")
    #expect(ExportFileName.defaultName(title: "🎉 ...", choice: .csvScores) == "session-scores.csv")
    #expect(ExportFileName.defaultName(title: "Plan", choice: .csvPlan) == "Plan-plan.csv")
    #expect(ExportFileName.defaultName(title: "Plan", choice: .json) == "Plan.json")
  }

  @Test func aLongTitleIsCutToTheStemLimit() {
    let name = ExportFileName.defaultName(
      title: String(repeating: "é", count: 150), choice: .markdown)
    #expect(name == String(repeating: "é", count: 100) + ".md")
  }

  @Test func aTypedNameIsResolvedInTheFolderAndRenamedWithTheFormat() {
    #expect(ExportFileName.resolve("report.md", in: "/home/ana") == "/home/ana/report.md")
    #expect(ExportFileName.resolve("report.md", in: "/home/ana/") == "/home/ana/report.md")
    #expect(ExportFileName.resolve("/tmp/report.md", in: "/home/ana") == "/tmp/report.md")
    #expect(ExportFileName.renamed("report.md", from: .markdown, to: .json) == "report.json")
    #expect(ExportFileName.renamed("report.txt", from: .markdown, to: .json) == "report.txt")
    #expect(ExportFileName.renamed(".md", from: .markdown, to: .json) == ".md")
  }

  /// Before the reveal every export is the same as if nobody had answered: who has scored shows,
  /// no one's scores do.
  @Test func beforeTheRevealEveryExportIsThePrivateForm() throws {
    var scored = WorkflowFixture.session()
    scored.record(.score(1), participantID: "p1", item: 0, strategy: strategy)
    scored.record(.score(5), participantID: "p2", item: 1, strategy: strategy)
    scored.finishTurn("p1")
    var unanswered = WorkflowFixture.session()
    unanswered.finishTurn("p1")
    #expect(ExportChoice.withholdsScores(scored))
    for choice in ExportChoice.allCases {
      let text = try choice.text(of: scored, strategy: strategy, messages: .english)
      #expect(
        text == (try choice.text(of: unanswered, strategy: strategy, messages: .english)),
        "\(choice)")
    }
  }

  @Test func afterTheRevealTheScoresAreExported() throws {
    var session = WorkflowFixture.session()
    session.record(.score(1), participantID: "p1", item: 0, strategy: strategy)
    session.reveal()
    #expect(!ExportChoice.withholdsScores(session))
    let csv = try ExportChoice.csvScores.text(of: session, strategy: strategy, messages: .english)
    #expect(csv.contains("Ana"))
    #expect(
      csv
        != (try ExportChoice.csvScores.text(
          of: WorkflowFixture.session(), strategy: strategy, messages: .english)))
  }
}
