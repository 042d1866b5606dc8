import Testing
import WorkbookCore

/// A translation laid over the fixture strategy (Fixtures/content/valid.md): same ids, other words.
@Suite("Reading a translation of a strategy file")
struct ContentTranslatorTests {
  static let frontMatter = """
    ---
    id: sample-strategy
    language: de
    version: 3
    title: Eine Beispielstrategie
    attribution: Für die Tests übersetzt.
    translation: Für die Tests gemacht, offen für Durchsicht.
    ---

    """

  /// A translation of every part but the second recommendation and the `who` column.
  static let partial =
    frontMatter + """
      ## Einführung {#introduction}

      Der erste Absatz.

      Der zweite Absatz.

      ## Fragen {#reflection}

      Denkt darüber nach.

      - Ist das eine Stärke? {#strength-question .about-scores}
        - Stärke {#strength}
        - Herausforderung {#challenge}
      - Was wollen wir noch sagen? {#open-question}

      ## Skala {#scale high-from=4}

      - 1: Gar nicht
      - 2: Ein wenig
      - 3: Einigermaßen
      - 4: Gut
      - 5: Sehr gut

      ## Bewertungen {#score-items}

      Diese Punkte sind die des Workbooks.

      ### Dinge tun {#score-doing group=doing}

      Wie gut tut unsere Organisation Dinge?

      - Low: Gar nicht.
      - High: Sehr gut.

      ### Insgesamt {#score-overall}

      Wie gut macht unsere Organisation alles?

      - Low: Schlecht.
      - High: Gut.

      ## Empfehlungen {#recommendations}

      Einige Empfehlungen.

      ### Dinge tun {#doing}

      - Tut das Erste. {#first-thing}

      ## Zum Nachlesen {#reference}

      ### Ressourcen {#resources}

      Einige Ressourcen.

      - Eine Ressource

      ## Plan {#plan}

      Die Spalten des Plans.

      - Ziel: Was wollen wir? {#goal}

      """

  static func translate(_ text: String) throws(ContentProblems) -> ContentTranslator.Result {
    let sourceText = (try? ContentFixture.text("valid.md")) ?? ""
    let source = (try? ContentParser.parse(sourceText, fileName: "valid.md"))!
    return try ContentTranslator.translate(
      source, sourceText: sourceText, sourceFile: "valid.md", translation: text,
      fileName: "valid.de.md", language: "de")
  }

  @Test func translatedTextsReplaceTheSourcesAndTheIDsStay() throws {
    let strategy = try Self.translate(Self.partial).strategy
    #expect(strategy.id == "sample-strategy")
    #expect(strategy.title == "Eine Beispielstrategie")
    #expect(strategy.source.attribution == "Für die Tests übersetzt.")
    #expect(strategy.source.url == "https://meta.wikimedia.org/wiki/Sample")
    #expect(strategy.introduction == "Der erste Absatz.\n\nDer zweite Absatz.")
    #expect(strategy.reflectionQuestions.map(\.id) == ["strength-question", "open-question"])
    #expect(strategy.reflectionQuestions[0].text == "Ist das eine Stärke?")
    #expect(strategy.reflectionQuestions[0].aboutScores)
    #expect(
      strategy.reflectionQuestions[0].quickChoice?.options.map(\.label)
        == ["Stärke", "Herausforderung"])
    #expect(strategy.scale.labels[3] == "Einigermaßen")
    #expect(strategy.scale.highFrom == 4)
    #expect(strategy.scoreItems[0].lowMeaning == "Gar nicht.")
    #expect(strategy.scoreItems[0].groupID == "doing")
    #expect(strategy.referenceSections[0].items == ["Eine Ressource"])
    #expect(strategy.translation?.language == "de")
    #expect(strategy.translation?.note == "Für die Tests gemacht, offen für Durchsicht.")
  }

  @Test func eachMissingPartFallsBackToTheSourceMarkedAndIsAWarningWithItsLines() throws {
    let result = try Self.translate(Self.partial)
    let strategy = result.strategy
    #expect(strategy.recommendations.map(\.text) == ["Tut das Erste.", "Do the second thing."])
    #expect(strategy.plan.columns.map(\.title) == ["Ziel", "Who"])
    #expect(strategy.translation?.untranslatedIDs == ["second-thing", "who"])
    #expect(strategy.translation?.isUntranslated("first-thing") == false)
    #expect(
      result.warnings.map(\.description) == [
        "valid.de.md:50: the recommendation “second-thing” is not translated, so it shows in the "
          + "source’s words, marked as such; translate it from valid.md:64",
        "valid.de.md:66: the plan column “who” is not translated, so it shows in the source’s "
          + "words, marked as such; translate it from valid.md:79",
      ])
  }

  @Test func anExportSaysTheContentIsATranslationAndNamesWhatIsNot() throws {
    let strategy = try Self.translate(Self.partial).strategy
    let session = Session(
      id: "s", title: "T", createdAt: "2026-11-25T10:00:00Z", participants: [],
      strategyID: strategy.id, contentVersion: strategy.version)
    let report = try SessionExporter.export(session, strategy: strategy, format: .markdown)
    #expect(
      report.contains(
        "**Translation:** Für die Tests gemacht, offen für Durchsicht. (de); not translated, so in "
          + "the source’s words: second-thing, who\n"))
  }

  @Test func aCompleteTranslationHasNoWarningAndNothingMarked() throws {
    let complete = Self.partial
      .replacingOccurrences(
        of: "- Tut das Erste. {#first-thing}\n",
        with: "- Tut das Erste. {#first-thing}\n- Tut das Zweite. {#second-thing}\n"
      )
      .replacingOccurrences(
        of: "Was wollen wir? {#goal}\n", with: "Was wollen wir? {#goal}\n- Wer {#who}\n")
    let result = try Self.translate(complete)
    #expect(result.warnings.isEmpty)
    #expect(result.strategy.translation?.isComplete == true)
  }

  @Test func anIDTheSourceLacksIsRefusedWithItsFileAndLine() throws {
    let orphaned = Self.partial.replacingOccurrences(
      of: "{#first-thing}", with: "{#third-thing}")
    #expect(throws: ContentProblems.self) { try Self.translate(orphaned) }
    do {
      _ = try Self.translate(orphaned)
    } catch {
      #expect(
        error.problems.map(\.description) == [
          "valid.de.md:56: “third-thing” is not a recommendation of “doing” in the source; use "
            + "the id of the source’s part this translates, or remove it"
        ])
    }
  }

  @Test func anIDInAnotherPlaceThanInTheSourceIsRefused() throws {
    let moved = Self.partial.replacingOccurrences(of: "{#goal}", with: "{#strength}")
    do {
      _ = try Self.translate(moved)
      Issue.record("a quick choice option's id as a plan column was accepted")
    } catch {
      #expect(error.problems.map(\.line) == [70])
      #expect(error.problems.first?.message.hasPrefix("“strength” is not a plan column") == true)
    }
  }

  @Test func theFrontMatterKeepsTheSourcesIDAndPageAndNamesItsLanguage() throws {
    let wrong = Self.partial
      .replacingOccurrences(of: "id: sample-strategy", with: "id: other-strategy")
      .replacingOccurrences(of: "language: de", with: "language: fr")
      .replacingOccurrences(of: "title:", with: "licence: CC BY 4.0\ntitle:")
    do {
      _ = try Self.translate(wrong)
      Issue.record("a translation of another strategy was accepted")
    } catch {
      #expect(error.problems.map(\.line) == [2, 3, 5])
      #expect(error.problems[0].message.contains("write id: sample-strategy"))
      #expect(error.problems[1].message.contains("“de”"))
      #expect(error.problems[2].message.hasPrefix("“licence” must be the source’s (CC BY-SA 4.0)"))
    }
  }

  @Test func aTranslationOfAnOlderVersionIsAWarning() throws {
    let older = Self.partial.replacingOccurrences(of: "version: 3", with: "version: 2")
    let warnings = try Self.translate(older).warnings
    #expect(
      warnings.first?.description
        == "valid.de.md:4: this translation is of version 2 and the source is at version 3; "
        + "check the texts changed since, then write version: 3")
  }
}
