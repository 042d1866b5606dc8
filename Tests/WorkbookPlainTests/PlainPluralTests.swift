import Testing
import WorkbookCore
import WorkbookPlain
import WorkbookWorkflow

/// Counts in German and French take the language's own forms: one item, several items.
@Suite struct PlainPluralTests {
  /// A language's words for one and for two of each count the prompts say.
  struct Forms: Sendable, CustomTestStringConvertible {
    var language: String
    var sessions: (one: String, two: String)
    var rows: (one: String, two: String)
    var scored: (one: String, two: String)
    var gaps: (one: String, two: String)

    var testDescription: String { language }
  }

  static let languages = [
    Forms(
      language: "de",
      sessions: ("Start: 1 Sitzung in diesem Ordner.", "Start: 2 Sitzungen in diesem Ordner."),
      rows: ("Plan: 1 Zeile.", "Plan: 2 Zeilen."),
      scored: ("Bewertungen: 1 von 3 hat bewertet.", "Bewertungen: 2 von 3 haben bewertet."),
      gaps: (
        "Ana ist dran: 1 Punkt ist nicht beantwortet (Communication online).",
        "Ana ist dran: 2 Punkte sind nicht beantwortet (Gatherings; Communication online)."
      )),
    Forms(
      language: "fr",
      sessions: (
        "Démarrage : 1 séance dans ce dossier.", "Démarrage : 2 séances dans ce dossier."
      ),
      rows: ("Plan : 1 ligne.", "Plan : 2 lignes."),
      scored: ("Notes : 1 sur 3 a noté.", "Notes : 2 sur 3 ont noté."),
      gaps: (
        "Ana : 1 point n’a pas de réponse (Communication online).",
        "Ana : 2 points n’ont pas de réponse (Gatherings ; Communication online)."
      )),
  ]

  static func opened(_ forms: Forms, _ session: Session = PlainFixture.session()) throws
    -> PlainState
  {
    var state = PlainState(
      strategies: [PlainFixture.strategy], currentFolder: "/work",
      messages: try PlainLanguage.messages(forms.language))
    _ = state.receive(.result(.sessionOpened(session)))
    return state
  }

  @Test(arguments: languages) func theListOfSessionsCountsOneOrSeveral(_ forms: Forms) throws {
    var state = PlainState(
      strategies: [PlainFixture.strategy], currentFolder: "/work",
      messages: try PlainLanguage.messages(forms.language))
    let one = PlainFixture.session()
    var other = PlainFixture.session()
    other.id = "s2"
    _ = state.receive(.result(.sessionsLoaded([SessionListEntry(one, strategy: nil)])))
    #expect(state.shownText.contains(forms.sessions.one + "\n"))
    _ = state.receive(
      .result(
        .sessionsLoaded([
          SessionListEntry(one, strategy: nil), SessionListEntry(other, strategy: nil),
        ])
      ))
    #expect(state.shownText.contains(forms.sessions.two + "\n"))
  }

  @Test(arguments: languages) func thePlanCountsOneRowOrSeveral(_ forms: Forms) throws {
    var state = try Self.opened(forms)
    // Plan, add a row, done with it (the fixture's plan has two columns).
    state.type("5", "1", "3")
    #expect(state.shownText.contains(forms.rows.one + "\n"))
    state.type("1", "3")
    #expect(state.shownText.contains(forms.rows.two + "\n"))
  }

  @Test(arguments: languages) func theScoresSayHowManyHaveScoredInTheRightForm(_ forms: Forms)
    throws
  {
    var session = PlainFixture.session()
    session.participants[0].finishedScoring = true
    var state = try Self.opened(forms, session)
    state.type("2")
    #expect(state.shownText.contains(forms.scored.one + " "))
    session.participants[1].finishedScoring = true
    state = try Self.opened(forms, session)
    state.type("2")
    #expect(state.shownText.contains(forms.scored.two + " "))
  }

  @Test(arguments: languages) func theGapsAreCountedInTheRightForm(_ forms: Forms) throws {
    var state = try Self.opened(forms)
    // Ana's turn: the first item scored, the second skipped, then confirmed.
    state.type("2", "1", "", "4", "", "1")
    #expect(state.shownText.contains(forms.gaps.one))
    state = try Self.opened(forms)
    state.type("2", "1", "", "", "", "1")
    #expect(state.shownText.contains(forms.gaps.two))
  }
}
