import Testing
import WorkbookCore

@Suite("Reading a strategy file")
struct ContentParserTests {
  let strategy: Strategy

  init() throws {
    strategy = try ContentParser.parse(
      try ContentFixture.text("valid.md"), fileName: "valid.md")
  }

  @Test func frontMatterFields() {
    #expect(strategy.id == "sample-strategy")
    #expect(strategy.title == "A sample strategy")
    #expect(strategy.reportQuestion == 2)
    #expect(strategy.version == "3")
    #expect(
      strategy.source
        == ContentSource(
          url: "https://meta.wikimedia.org/wiki/Sample", licence: "CC BY-SA 4.0",
          attribution: "Written for the tests."))
  }

  @Test func paragraphsJoinTheirLinesAndKeepTheBlankLineBetweenThem() {
    #expect(
      strategy.introduction == "The first paragraph runs over two lines.\n\nThe second paragraph.")
    #expect(strategy.reflectionIntroduction == "Think about these.")
    #expect(strategy.scoreItemsIntroduction == "These items are the workbook's own.")
    #expect(strategy.recommendationsIntroduction == "Some recommendations.")
  }

  @Test func questionsWithTheirQuickChoicesAndWhetherTheyAreAboutScores() {
    #expect(
      strategy.reflectionQuestions == [
        ReflectionQuestion(
          id: "strength-question", text: "Is this a strength?",
          quickChoice: QuickChoice(options: [
            .init(id: "strength", label: "Strength"), .init(id: "challenge", label: "Challenge"),
          ]),
          aboutScores: true),
        ReflectionQuestion(id: "open-question", text: "What else do we want to say?"),
      ])
  }

  @Test func scaleWithLabelsAndTheHighBand() {
    #expect(
      strategy.scale
        == ScoreScale(
          minimum: 1, maximum: 5, highFrom: 4,
          labels: [1: "Not at all", 2: "A little", 3: "Somewhat", 4: "Well", 5: "Very well"]))
  }

  @Test func scoreItemsWithTheirQuestionEndsAndGroup() {
    #expect(
      strategy.scoreItems == [
        ScoreItem(
          id: "score-doing", title: "Doing things",
          question: "How well does our organization do things?",
          lowMeaning: "Not at all.", highMeaning: "Very well.", groupID: "doing"),
        ScoreItem(
          id: "score-overall", title: "Overall",
          question: "How well does our organization do it all?",
          lowMeaning: "Badly.", highMeaning: "Well."),
      ])
  }

  @Test func recommendationsUnderTheirGroup() {
    #expect(
      strategy.recommendationGroups == [
        RecommendationGroup(
          id: "doing", title: "Doing things",
          recommendations: [
            Recommendation(id: "first-thing", text: "Do the first thing."),
            Recommendation(id: "second-thing", text: "Do the second thing."),
          ])
      ])
  }

  @Test func referenceSectionsAndPlanColumns() {
    #expect(
      strategy.referenceSections == [
        ReferenceSection(
          id: "resources", title: "Resources", introduction: "Some resources.",
          items: ["A resource"])
      ])
    #expect(
      strategy.plan
        == PlanTemplate(
          introduction: "The plan's columns.",
          columns: [
            PlanColumn(id: "goal", title: "Goal", hint: "What do we want?"),
            PlanColumn(id: "who", title: "Who", hint: ""),
          ]))
  }

  @Test func aByteOrderMarkIsNotPartOfTheText() throws {
    let text = try ContentFixture.text("valid.md")
    #expect(try ContentParser.parse("\u{FEFF}" + text, fileName: "valid.md") == strategy)
  }

  @Test func windowsLineEndingsReadTheSame() throws {
    let text = try ContentFixture.text("valid.md")
    let crlf = text.split(separator: "\n", omittingEmptySubsequences: false).joined(
      separator: "\r\n")
    #expect(try ContentParser.parse(crlf, fileName: "valid.md") == strategy)
  }
}
