import Testing
import WorkbookCore

@Suite("Problems in a strategy file name the file, the line and what to do")
struct ContentProblemTests {
  /// A fixture with one kind of bad content, the line its problem is on and words of its message.
  struct Case: CustomTestStringConvertible, Sendable {
    var file: String
    var line: Int
    var message: String
    var testDescription: String { file }
  }

  static let cases: [Case] = [
    Case(
      file: "missing-id.md", line: 62,
      message: "this recommendation has no id; end it with one such as {#do-the-first-thing}"),
    Case(
      file: "duplicate-id.md", line: 63, message: "duplicate id “first-thing” (also on line 62)"),
    Case(file: "unknown-section.md", line: 74, message: "unknown section “glossary”"),
    Case(file: "section-without-id.md", line: 66, message: "the section “Reference” has no id"),
    Case(file: "empty-text.md", line: 62, message: "empty text: write the recommendation"),
    Case(
      file: "scale-not-1-to-5.md", line: 30,
      message:
        "the scale must run from 1 to 5, one item per score in order (- 1: … to - 5: …); found 1, 2, 3, 4"
    ),
    Case(
      file: "missing-front-matter-field.md", line: 8,
      message: "the front matter has no “version”; add a line such as version: 1"),
    Case(
      file: "missing-section.md", line: 73,
      message: "the file has no plan section; add ## Capacity building plan {#plan}"),
    Case(file: "invalid-id.md", line: 28, message: "“Open_Question” is not a valid id"),
    Case(
      file: "unknown-group.md", line: 42,
      message: "names group “nothing”, which is not a recommendation group; use one of: doing"),
    Case(
      file: "unknown-attribute.md", line: 62,
      message: "unknown class .important on a recommendation"),
    Case(
      file: "star-list-item.md", line: 62, message: "list items start with “- ”; replace the “*”"),
    Case(file: "missing-score-meaning.md", line: 42, message: "has no - High: … line"),
    Case(
      file: "not-an-attribute.md", line: 62,
      message: "“important” in {#first-thing important} is not an attribute"),
    Case(
      file: "scale-without-high-from.md", line: 30,
      message: "the scale has no high-from; end its heading with {#scale high-from=4}"),
    Case(
      file: "title-heading.md", line: 13,
      message: "the title goes in the front matter (title: …); remove this # heading"),
    Case(
      file: "one-option-quick-choice.md", line: 25,
      message: "a quick choice needs two options or more"),
    Case(
      file: "text-in-the-scale.md", line: 32,
      message: "the scale has no running text; remove this text or make it a comment"),
    Case(
      file: "nested-recommendation.md", line: 63,
      message: "nested items are only for a question’s quick choices, not a recommendation"),
  ]

  @Test(arguments: cases)
  func eachKindOfBadContentGivesOneProblemOnItsLine(_ expected: Case) throws {
    let problems = try ContentFixture.problems(expected.file)
    #expect(problems.count == 1, "\(problems)")
    let problem = try #require(problems.first)
    #expect(problem.file == expected.file)
    #expect(problem.line == expected.line)
    #expect(problem.message.contains(expected.message), "\(problem.message)")
  }

  @Test func theValidFixtureHasNoProblems() throws {
    #expect(try ContentFixture.problems("valid.md") == [])
  }

  @Test func aFileWithSeveralProblemsListsThemAllInLineOrder() throws {
    let problems = try ContentFixture.problems("several-problems.md")
    #expect(
      problems.map(\.description) == [
        "several-problems.md:8: the front matter has no “version”; add a line such as version: 1",
        "several-problems.md:27: “Open_Question” is not a valid id; use lower-case letters, digits "
          + "and hyphens, such as {#open-question}",
        "several-problems.md:62: duplicate id “first-thing” (also on line 61); give each its own id",
        "several-problems.md:71: empty text: write the entry before its {…}",
        "several-problems.md:73: unknown section “glossary”; the sections are introduction, "
          + "reflection, scale, score-items, recommendations, reference, plan",
      ])
  }

  @Test func aFileWithoutFrontMatterSaysHowToStartIt() throws {
    let error = #expect(throws: ContentProblems.self) {
      try ContentParser.parse("## Introduction {#introduction}\n\nText.\n", fileName: "bare.md")
    }
    let first = try #require(error?.problems.first)
    #expect(first.line == 1)
    #expect(first.message.hasPrefix("the file must start with front matter"))
  }
}
