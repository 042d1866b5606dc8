import Testing
import WorkbookCore
import WorkbookPlain

/// The results table in German and French: longer headings and words widen their columns, and
/// the columns still line up under their headings.
@Suite struct TranslatedResultsTableTests {
  static func revealed(_ code: String) throws -> String {
    var session = PlainFixture.session()
    session.participants[0].scores = ["gatherings": .score(2), "communication": .score(4)]
    session.participants[1].scores = ["gatherings": .score(4), "communication": .score(5)]
    for index in 0..<2 { session.participants[index].finishedScoring = true }
    session.scoresRevealed = true
    var state = PlainState(
      strategies: [PlainFixture.strategy], currentFolder: "/work",
      messages: try PlainLanguage.messages(code))
    _ = state.receive(.result(.sessionOpened(session)))
    state.type("2")
    return state.shownText
  }

  @Test func theGermanTableWidensItsColumnsAndLinesThemUp() throws {
    let text = try Self.revealed("de")
    #expect(
      text.contains(
        "\nPunkt 1  2  3  4  5  Mittel Median Streu. Stufe   Einigkeit  Titel\n"
          + "1     0  1  0  1  0  3.0    3      2      Niedrig Varianz    Gatherings\n"
          + "2     0  0  0  1  1  4.5    4.5    1      Hoch    Konsens    Communication online\n"))
  }

  @Test func theFrenchTableWidensItsColumnsAndLinesThemUp() throws {
    let text = try Self.revealed("fr")
    #expect(
      text.contains(
        "\nPoint 1  2  3  4  5  Moy.  Méd.   Écart  Niveau Accord      Titre\n"
          + "1     0  1  0  1  0  3.0   3      2      Bas    Divergence  Gatherings\n"
          + "2     0  0  0  1  1  4.5   4.5    1      Haut   Consensus   Communication online\n"))
  }
}
