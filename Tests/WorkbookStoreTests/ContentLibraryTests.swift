import FoundationEssentials
import Testing
import WorkbookCore
import WorkbookStore
import WorkbookTestSupport

@Suite("Loading the strategies of a content folder")
struct ContentLibraryTests {
  typealias Support = ContentTestSupport

  @Test func theShippedContentFolderHoldsTheOneStrategy() throws {
    let library = try ContentLibrary.load(path: Support.shippedFolder)
    #expect(library.strategies.map(\.id) == ["working-with-online-contributors"])
    #expect(library.entries[0].file == Support.shippedFile)
  }

  @Test func aSecondStrategyDroppedIntoTheFolderLoadsNextToTheShippedOne() throws {
    let folder = TemporaryFolder.make()
    try Support.copy(Support.shippedFile, to: folder, as: "working-with-online-contributors.md")
    try Support.copy(Support.fixtures + "/second-strategy.md", to: folder, as: "sharing.md")

    let library = try ContentLibrary.load(path: folder)

    #expect(
      library.strategies.map(\.id) == ["sharing-what-we-learn", "working-with-online-contributors"])
    #expect(library.strategy(id: "sharing-what-we-learn")?.title == "Sharing what we learn")
    #expect(library.strategy(id: "sharing-what-we-learn")?.recommendations.count == 2)
    #expect(library.strategy(id: "working-with-online-contributors")?.reportQuestion == 6)
    #expect(library.strategy(id: "no-such-strategy") == nil)
  }

  @Test func aReadmeAndFilesThatAreNotMarkdownAreNotStrategies() throws {
    // The fixture folder holds a README.md and the source page as .txt beside the strategy.
    let library = try ContentLibrary.load(path: Support.fixtures)
    #expect(library.strategies.map(\.id) == ["sharing-what-we-learn"])
  }

  @Test func problemsInEveryFileAreListedTogether() throws {
    let folder = TemporaryFolder.make()
    let good = try Support.text(of: Support.shippedFile)
    try Support.write(good.replacing("version: 1\n", with: ""), to: folder + "/a.md")
    try Support.write(
      good.replacing("{#case-studies}", with: "{#meet-in-person}"),
      to: folder + "/b.md")

    let error = #expect(throws: ContentLoadError.self) { try ContentLibrary.load(path: folder) }

    guard case .invalid(let problems) = error else {
      Issue.record("expected content problems, got \(String(describing: error))")
      return
    }
    #expect(problems.problems.map(\.file) == [folder + "/a.md", folder + "/b.md"])
    #expect(problems.problems[0].line == 8)
    #expect(problems.problems[1].message.hasPrefix("duplicate id “meet-in-person”"))
  }

  @Test func twoFilesWithOneStrategyIDAreAProblem() throws {
    let folder = TemporaryFolder.make()
    try Support.copy(Support.shippedFile, to: folder, as: "a.md")
    try Support.copy(Support.shippedFile, to: folder, as: "b.md")

    let error = #expect(throws: ContentLoadError.self) { try ContentLibrary.load(path: folder) }

    #expect(
      error?.description
        == "\(folder)/b.md:2: the strategy id “working-with-online-contributors” is also used by "
        + "\(folder)/a.md; give each its own")
  }

  @Test func aFolderWithoutStrategiesSaysSo() throws {
    let folder = TemporaryFolder.make()
    #expect(throws: ContentLoadError.noStrategies(folder: folder)) {
      try ContentLibrary.load(path: folder)
    }
  }

  @Test func aPathThatDoesNotExistSaysSo() {
    #expect(
      throws: ContentLoadError.pathNotFound(path: "/no/such/content", namedBy: "the path given")
    ) {
      try ContentLibrary.load(path: "/no/such/content")
    }
  }

  @Test func aFileThatIsNotUTF8IsRefusedWithAReason() throws {
    let folder = TemporaryFolder.make()
    let path = folder + "/latin1.md"
    try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: path))
    #expect(
      throws: ContentLoadError.unreadable(
        path: path, reason: "not UTF-8 text at line 2, column 1 (byte 4); save it as UTF-8")
    ) {
      try ContentLibrary.load(path: folder)
    }
  }
}
