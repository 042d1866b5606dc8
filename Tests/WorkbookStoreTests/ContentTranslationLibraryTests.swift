import Foundation
import Testing
import WorkbookCore
import WorkbookStore
import WorkbookTestSupport

/// The content library in another language: the shipped German and French translations, the
/// fallback from a region to its language to the source, and a session that keeps its answers
/// whatever the language it is opened in.
@Suite("The content library in a team's language")
struct ContentTranslationLibraryTests {
  typealias Support = ContentTestSupport

  static func strategy(_ language: String?) throws -> Strategy {
    try ContentLibrary.load(path: Support.shippedFolder, language: language).strategies[0]
  }

  /// Every id of a strategy, in order: what sessions store.
  static func ids(_ strategy: Strategy) -> [String] {
    [strategy.id]
      + strategy.reflectionQuestions.flatMap { [$0.id] + ($0.quickChoice?.options.map(\.id) ?? []) }
      + strategy.scoreItems.map(\.id) + strategy.recommendationGroups.map(\.id)
      + strategy.recommendations.map(\.id) + strategy.referenceSections.map(\.id)
      + strategy.plan.columns.map(\.id)
  }

  @Test(arguments: [
    ("de", "Mit Online-Beitragenden Gemeinschaften aufbauen"),
    ("fr", "Travailler avec les contributeurs en ligne pour bâtir des communautés"),
  ])
  func theShippedTranslationIsCompleteWithTheSourcesIDs(language: String, title: String) throws {
    let source = try Self.strategy(nil)
    let library = try ContentLibrary.load(path: Support.shippedFolder, language: language)
    let translated = library.strategies[0]
    #expect(translated.title == title)
    #expect(Self.ids(translated) == Self.ids(source))
    #expect(translated.translation?.language == language)
    #expect(translated.translation?.untranslatedIDs == [])
    #expect(translated.translation?.note.isEmpty == false)
    #expect(
      translated.source
        == ContentSource(
          url: source.source.url, licence: "CC BY-SA 4.0",
          attribution: translated.source.attribution))
    #expect(translated.source.attribution.contains("Working with online contributors"))
    #expect(
      library.entries[0].translationFile == Support.shippedFolder
        + "/working-with-online-contributors.\(language).md")
    for (item, original) in zip(translated.recommendations, source.recommendations) {
      #expect(item.text != original.text, "\(language): \(item.id) reads as the source")
    }
  }

  @Test func theShippedTranslationsPassTheCheckWithNoWarning() throws {
    let checks = try ContentLibrary.checkTranslations(path: Support.shippedFolder)
    #expect(checks.map(\.language) == ["de", "fr"])
    #expect(checks.flatMap(\.warnings) == [])
  }

  @Test func aRegionFallsBackToItsLanguageThenToTheSource() throws {
    #expect(try Self.strategy("de-AT").translation?.language == "de")
    #expect(try Self.strategy("fr-CA").translation?.language == "fr")
    let portuguese = try Self.strategy("pt-BR")
    #expect(portuguese.translation == nil)
    #expect(portuguese == (try Self.strategy(nil)))
  }

  @Test func aTranslationWithAnIDTheSourceLacksIsNotLoaded() throws {
    let folder = TemporaryFolder.make()
    try Support.copy(Support.shippedFile, to: folder, as: "s.md")
    let german = try Support.text(
      of: Support.shippedFolder + "/working-with-online-contributors.de.md")
    try Support.write(
      german.replacingOccurrences(of: "{#who}", with: "{#whom}"), to: folder + "/s.de.md")
    #expect(throws: ContentLoadError.self) { try ContentLibrary.load(path: folder, language: "de") }
    do {
      _ = try ContentLibrary.load(path: folder, language: "de")
    } catch {
      guard case .invalid(let problems) = error else {
        Issue.record("not a content problem: \(error)")
        return
      }
      #expect(problems.problems.map(\.file) == [folder + "/s.de.md"])
      #expect(problems.problems.first?.message.hasPrefix("“whom” is not a plan column") == true)
    }
    // The source alone still loads, and so does the French (there is none: the source's).
    #expect(try ContentLibrary.load(path: folder).strategies.count == 1)
    #expect(try ContentLibrary.load(path: folder, language: "fr").strategies[0].translation == nil)
  }

  @Test func aTranslationWithoutItsSourceIsAProblem() throws {
    let folder = TemporaryFolder.make()
    try Support.copy(Support.shippedFile, to: folder, as: "s.md")
    try Support.copy(
      Support.shippedFolder + "/working-with-online-contributors.de.md", to: folder,
      as: "other.de.md")
    #expect(throws: ContentLoadError.self) { try ContentLibrary.checkTranslations(path: folder) }
    #expect(
      try ContentLibrary.load(path: folder).strategies.map(\.id) == [
        "working-with-online-contributors"
      ])
  }

  /// A session stores ids only: scored in German, it opens in French with the same answers, and
  /// its report reads in French.
  @Test func aSessionScoredInGermanOpensInFrenchWithTheSameAnswers() throws {
    let german = try Self.strategy("de")
    let french = try Self.strategy("fr")
    let item = german.scoreItems[0].id
    let question = german.reflectionQuestions[0]
    let recommendation = german.recommendations[0].id
    let draft = Session(
      id: "", title: "Klausur 2026", createdAt: "2026-11-25T10:00:00Z",
      participants: [
        Participant(id: "p1", name: "Anna", scores: [item: .score(2)], finishedScoring: true),
        Participant(id: "p2", name: "Jörg", scores: [item: .score(5)], finishedScoring: true),
      ],
      strategyID: german.id, contentVersion: german.version, scoresRevealed: true,
      reflection: [
        question.id: ReflectionAnswer(
          text: "Wir sind uns nicht einig.", choice: question.quickChoice?.options[1].id)
      ],
      reviews: [recommendation: RecommendationReview(status: .tryNext, note: "Im Frühjahr")],
      plan: [PlanRow(id: "r1", cells: ["who": "Anna"], recommendationID: recommendation)])
    let folder = TemporaryFolder.make()
    let germanStore = SessionStore(
      directory: folder,
      content: try ContentLibrary.load(path: Support.shippedFolder, language: "de"))
    let saved = try germanStore.create(draft)

    let frenchStore = SessionStore(
      directory: folder,
      content: try ContentLibrary.load(path: Support.shippedFolder, language: "fr"))
    let opened = try frenchStore.load(germanStore.path(forID: saved.id))
    #expect(opened == saved)

    let report = try SessionExporter.export(opened, strategy: french, format: .markdown)
    #expect(report.contains(french.scoreItems[0].title))
    #expect(report.contains("Un défi"))
    #expect(report.contains("Wir sind uns nicht einig."))
    #expect(report.contains("Im Frühjahr"))
    #expect(!report.contains(german.scoreItems[0].title))
    #expect(report.contains("**Translation:** \(french.translation?.note ?? "?") (fr)\n"))
  }
}
