import Testing
import WorkbookCore
import WorkbookStore

/// The shipped strategy against a copy of its source page (Fixtures/content/source-page.txt):
/// every question and recommendation of the page, once, under the right heading, and no markup
/// the page's conversion left behind.
@Suite("The shipped strategy carries the source page")
struct ContentShippedTests {
  typealias Support = ContentTestSupport

  static let groupTitles = [
    "Engaging online contributors through offline and online gatherings",
    "Supporting effective communication online",
    "Understanding the needs of online contributors",
  ]

  let strategy: Strategy
  let pageLines: [String]

  init() throws {
    strategy = try Support.shippedStrategy()
    pageLines = try Support.text(of: Support.fixtures + "/source-page.txt")
      .split(separator: "\n").map(String.init)
  }

  /// The page's `- ` items right after the line `heading` (or after the line starting with it).
  func pageItems(after heading: String) -> [String] {
    guard let start = pageLines.firstIndex(where: { $0.hasPrefix(heading) }) else { return [] }
    return pageLines[(start + 1)...].prefix { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
  }

  /// A page item as the content should carry it: the text behind a stray "*" is an item of its
  /// own, and a stray trailing " ," goes.
  func cleaned(_ item: String) -> [String] {
    item.split(separator: " *").map { part in
      var text = String(part)
      if text.hasSuffix(" ,") { text.removeLast(2) }
      return text
    }
  }

  @Test func everyReflectionQuestionOfThePageInPageOrder() {
    let questions = pageItems(after: "Please take another look")
    #expect(questions.count == 6)
    #expect(strategy.reflectionQuestions.map(\.text) == questions)
  }

  @Test func everyRecommendationOfThePageOnceUnderItsHeading() {
    #expect(strategy.recommendationGroups.map(\.title) == Self.groupTitles)
    let expected = Self.groupTitles.map { pageItems(after: $0).flatMap(cleaned) }
    #expect(expected.map(\.count) == [4, 7, 6])
    for (group, texts) in zip(strategy.recommendationGroups, expected) {
      #expect(group.recommendations.map(\.text) == texts, "group \(group.id)")
    }
    let all = strategy.recommendations.map(\.text)
    #expect(Set(all).count == 17)
  }

  @Test func theTwoItemsBehindAStrayStarAreItemsOfTheirOwn() {
    let communication = strategy.recommendationGroups[1].recommendations.map(\.text)
    let needs = strategy.recommendationGroups[2].recommendations.map(\.text)
    #expect(communication[2].hasPrefix("Make sure online contributors have a mechanism"))
    #expect(needs[4].hasPrefix("You won’t be able to respond to all of the needs"))
    #expect(
      needs[1]
        == "Ensure your staff (if you have staff) or key volunteers are interacting regularly with online contributors."
    )
  }

  @Test func noStrayMarkupInAnyText() {
    var texts = [
      strategy.title, strategy.introduction, strategy.reflectionIntroduction,
      strategy.scoreItemsIntroduction, strategy.recommendationsIntroduction,
      strategy.plan.introduction,
    ]
    texts += strategy.reflectionQuestions.map(\.text)
    texts += strategy.reflectionQuestions.flatMap { $0.quickChoice?.options.map(\.label) ?? [] }
    texts += strategy.scoreItems.flatMap { [$0.title, $0.question, $0.lowMeaning, $0.highMeaning] }
    texts += strategy.recommendationGroups.map(\.title) + strategy.recommendations.map(\.text)
    texts += strategy.referenceSections.flatMap { [$0.title, $0.introduction] + $0.items }
    texts += strategy.plan.columns.flatMap { [$0.title, $0.hint] }
    texts += strategy.scale.labels.values
    for text in texts {
      for markup in ["*", "[edit]", "{", "}", " ,", "<!--", "-->", "  ", "\n\n\n"] {
        #expect(!text.contains(markup), "“\(markup)” in: \(text)")
      }
      #expect(!text.isEmpty)
    }
    for text in strategy.reflectionQuestions.map(\.text) + strategy.recommendations.map(\.text) {
      #expect(!text.contains("\n"), "a line break in: \(text)")
    }
  }

  @Test func stableIDs() {
    #expect(strategy.id == "working-with-online-contributors")
    #expect(
      strategy.reflectionQuestions.map(\.id) == [
        "strength-or-challenge", "variance-or-consensus", "unexpected-scores", "strengths-within",
        "importance", "prioritize",
      ])
    #expect(strategy.recommendationGroups.map(\.id) == ["gatherings", "communication", "needs"])
    #expect(
      strategy.recommendations.map(\.id) == [
        "meet-in-person", "context-and-culture", "combine-strategies", "common-task",
        "case-studies", "examine-communication", "feedback-mechanism", "gathering-place",
        "ambassadors", "recognition", "meeting-ritual",
        "consult-on-decisions", "regular-interaction", "feedback-channels", "needs-assessment",
        "match-priorities", "connect-and-advocate",
      ])
    #expect(
      strategy.scoreItems.map(\.id) == [
        "score-gatherings", "score-communication", "score-needs", "score-overall",
      ])
    #expect(
      strategy.plan.columns.map(\.id) == [
        "focus", "goal", "actions", "who", "resources", "by-when", "measure", "status",
      ])
    #expect(
      strategy.referenceSections.map(\.id) == [
        "expertise", "ongoing-challenges", "community-resources",
      ])
  }

  @Test func theThreeQuestionsAboutTheScoresAndTheQuickChoices() {
    #expect(
      strategy.reflectionQuestions.map(\.aboutScores) == [true, true, true, false, false, false])
    let choices = strategy.reflectionQuestions.map { $0.quickChoice?.options.map(\.id) }
    #expect(
      choices == [
        ["strength", "challenge", "both"], nil, nil, nil, ["key", "optional"], ["yes", "not-now"],
      ])
  }

  @Test func metadataScaleScoreItemsAndPlan() {
    #expect(strategy.reportQuestion == 6)
    #expect(
      strategy.source.url
        == "https://meta.wikimedia.org/wiki/Organizational_effectiveness/Learning_center/Working_with_online_contributors_to_build_communities"
    )
    #expect(strategy.source.licence == "CC BY-SA 4.0")
    #expect(strategy.source.attribution.contains("Meta-Wiki"))
    #expect(
      strategy.introduction.hasPrefix("This strategy focuses on how organizations offer support"))

    #expect(strategy.scale.values == 1...5)
    #expect(strategy.scale.highFrom == 4)
    #expect(strategy.scale.labels.keys.sorted() == [1, 2, 3, 4, 5])

    #expect(strategy.scoreItemsIntroduction.contains("are this workbook’s own"))
    #expect(strategy.scoreItems.map(\.groupID) == ["gatherings", "communication", "needs", nil])
    for item in strategy.scoreItems {
      #expect(item.question.hasPrefix("How well does our organization "))
      #expect(item.question.hasSuffix("?"))
    }

    // The note to authors about the lost table is a comment: the room never reads it.
    #expect(!strategy.plan.introduction.contains("did not survive"))
    #expect(strategy.source.licenceURL == "https://creativecommons.org/licenses/by-sa/4.0/")
    #expect(
      strategy.plan.columns.map(\.title) == [
        "Focus", "Goal", "Actions", "Who", "Resources needed", "By when", "How we will know",
        "Status",
      ])
    #expect(strategy.referenceSections[2].items.count == 3)
  }
}
