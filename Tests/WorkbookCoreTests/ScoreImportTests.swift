import Testing
import WorkbookCore

@Suite struct ScoreImportTests {
  let session = Session(
    id: "s1", title: "T", createdAt: "2026-11-25T00:00:00Z",
    participants: [
      Participant(id: "p1", name: "Ana"), Participant(id: "p2", name: "Ben"),
      Participant(id: "p3", name: "Chidi, Jr."),
    ],
    strategyID: "fixture", contentVersion: "1")
  let strategy = AnalysisFixtures.strategy

  func rows(_ text: String) throws -> [ScoreImport.Row] {
    try ScoreImport(csv: text, session: session, strategy: strategy).rows
  }

  func problems(_ text: String) -> [ScoreImportProblem] {
    do {
      _ = try ScoreImport(csv: text, session: session, strategy: strategy)
      return []
    } catch {
      return error.problems
    }
  }

  @Test func readsScoresDontKnowAndNotApplicable() throws {
    let imported = try rows("Ana,gatherings,4\nBen,gatherings,?\nana,overall,NA\n")
    #expect(
      imported == [
        .init(line: 1, participantID: "p1", itemID: "gatherings", answer: .score(4)),
        .init(line: 2, participantID: "p2", itemID: "gatherings", answer: .dontKnow),
        .init(line: 3, participantID: "p1", itemID: "overall", answer: .notApplicable),
      ])
  }

  @Test func readsASemicolonSeparatedFileAsEuropeanSpreadsheetsWriteIt() throws {
    let imported = try rows(
      "participant;item;score\r\n\"Chidi, Jr.\";gatherings;5\r\nAna;overall;?\r\n")
    #expect(
      imported == [
        .init(line: 2, participantID: "p3", itemID: "gatherings", answer: .score(5)),
        .init(line: 3, participantID: "p1", itemID: "overall", answer: .dontKnow),
      ])
    // A first line with a comma is comma-separated: a semicolon there is text, not a separator.
    #expect(!problems("Ana,gatherings;4\n").isEmpty)
  }

  @Test func skipsAHeaderRowABomAndBlankLinesAndReadsCRLF() throws {
    let imported = try rows("\u{FEFF}participant,item,score\r\n\r\nBen,overall,2\r\n")
    #expect(imported == [.init(line: 3, participantID: "p2", itemID: "overall", answer: .score(2))])
  }

  @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
    let imported = try rows(
      "\"Chidi, Jr.\",\"gatherings\",\"5\"\n\"Ben\",overall,1\n")
    #expect(imported.map(\.participantID) == ["p3", "p2"])
    // A quoted field spanning two lines: the next record starts on line 3.
    let lines = problems("\"An\na\",gatherings,4\nZoe,overall,3\n")
    #expect(lines.map(\.line) == [1, 3])
    #expect(
      lines[0].message == "the participant cell holds a line break (U+000A); type it without it")
  }

  @Test func aCellWithAControlCharacterOrADirectionOverrideIsRefusedWithItsLine() {
    let found = problems("Ana,gatherings,4\nAna\u{1B}[2J,overall,3\nBen,over\u{202E}all,2\n")
    #expect(
      found == [
        ScoreImportProblem(
          line: 2,
          message: "the participant cell holds an escape character (U+001B); type it without it"),
        ScoreImportProblem(
          line: 3,
          message: "the item cell holds a text direction override (U+202E); type it without it"),
      ])
  }

  @Test func aCellGuardedForSpreadsheetsImportsAsItsValue() throws {
    let named = Session(
      id: "s2", title: "T", createdAt: "2026-11-25T00:00:00Z",
      participants: [Participant(id: "p1", name: "=Ana")], strategyID: "fixture",
      contentVersion: "1")
    let imported = try ScoreImport(csv: "'=Ana,gatherings,4\n", session: named, strategy: strategy)
    #expect(imported.rows.map(\.participantID) == ["p1"])
  }

  @Test func reportsEveryBadRowWithItsLineAndImportsNothing() {
    let found = problems(
      """
      participant,item,score
      Ana,gatherings,6
      Zoe,gatherings,3
      Ben,nonsense,3
      Ben,overall
      Ana,overall,
      Ben,gatherings,2
      Ben,gatherings,3
      "Ana"x,overall,1
      "Ana,overall,1
      """)
    #expect(found.map(\.line) == [2, 3, 4, 5, 6, 8, 9, 10])
    #expect(found[0].message.contains("\"6\" is not a score; use 1–5"))
    #expect(
      found[1].message == "no participant \"Zoe\" in this session; it has Ana, Ben, Chidi, Jr.")
    #expect(
      found[2].message.contains("no score item \"nonsense\"; the items are gatherings, overall"))
    #expect(found[3].message == "expected 3 fields (participant,item,score), found 2")
    #expect(found[4].message.contains("the score is empty"))
    #expect(found[5].message.contains("already given on line 7"))
    #expect(found[6].message.contains("text after a closing quote"))
    #expect(found[7].message.contains("not closed"))
  }

  @Test func anonymousSessionsDoNotListNamesInProblems() {
    var anonymous = session
    anonymous.anonymous = true
    do {
      _ = try ScoreImport(csv: "Zoe,overall,3", session: anonymous, strategy: strategy)
      Issue.record("expected a failure")
    } catch {
      #expect(error.problems.map(\.message) == ["no participant \"Zoe\" in this session"])
    }
  }

  @Test func appliesReplacingEarlierAnswersAndKeepingOthers() throws {
    var before = session
    before.participants[0].scores = ["gatherings": .score(1), "retired-item": .score(2)]
    let imported = try ScoreImport(
      csv: "Ana,gatherings,3\nBen,overall,na", session: before, strategy: strategy)
    let after = imported.applied(to: before)
    #expect(after.participants[0].scores == ["gatherings": .score(3), "retired-item": .score(2)])
    #expect(after.participants[1].scores == ["overall": .notApplicable])
    #expect(after.participants[2].scores == [:])
  }
}

extension ScoreImportTests {
  @Test func whoAnsweredEveryItemHasFinishedAndAnImportNeverReveals() throws {
    let partly = try ScoreImport(
      csv: "Ana,gatherings,3\nAna,overall,?\nBen,overall,2", session: session, strategy: strategy
    )
    .applied(to: session)
    #expect(partly.participants.map(\.finishedScoring) == [true, false, false])
    #expect(!partly.scoresRevealed)
    let complete = try ScoreImport(
      csv: "Ben,gatherings,na\n\"Chidi, Jr.\",gatherings,5\n\"Chidi, Jr.\",overall,4",
      session: partly, strategy: strategy
    )
    .applied(to: partly)
    #expect(complete.participants.map(\.finishedScoring) == [true, true, true])
    // Everyone has scored, and still only the facilitator reveals.
    #expect(!complete.scoresRevealed)
    #expect(complete.scoresHidden)
  }

  @Test func aSoloSessionIsRevealedWhenItsPersonHasFinished() throws {
    var solo = session
    solo.mode = .solo
    solo.participants = [Participant(id: "p1", name: "Ana")]
    let partly = try ScoreImport(csv: "Ana,gatherings,3", session: solo, strategy: strategy)
      .applied(to: solo)
    #expect(!partly.scoresRevealed)
    let complete = try ScoreImport(csv: "Ana,overall,4", session: partly, strategy: strategy)
      .applied(to: partly)
    #expect(complete.participants[0].finishedScoring)
    #expect(complete.scoresRevealed)
  }
}
