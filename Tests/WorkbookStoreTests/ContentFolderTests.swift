import FoundationEssentials
import Testing
import WorkbookStore
import WorkbookTestSupport

@Suite("Finding the content folder")
struct ContentFolderTests {
  typealias Support = ContentTestSupport

  /// A fake installation: `<prefix>/bin/workbook` and `<prefix>/share/workbook/content`.
  func installation() throws -> (executable: String, content: String) {
    let prefix = TemporaryFolder.make()
    let content = prefix + "/share/workbook/content"
    try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      atPath: prefix + "/bin", withIntermediateDirectories: true)
    return (prefix + "/bin/workbook", content)
  }

  @Test func theOptionComesFirst() throws {
    let (executable, _) = try installation()
    let named = TemporaryFolder.make()
    let folder = try ContentFolder.locate(
      option: named, environment: ["WORKBOOK_CONTENT": Support.shippedFolder],
      executablePath: executable)
    #expect(folder == ContentFolder(path: named, origin: .option))
  }

  @Test func thenTheEnvironmentVariable() throws {
    let (executable, _) = try installation()
    let named = TemporaryFolder.make()
    let folder = try ContentFolder.locate(
      option: nil, environment: ["WORKBOOK_CONTENT": named], executablePath: executable)
    #expect(folder == ContentFolder(path: named, origin: .environment))
  }

  @Test func thenTheInstalledContentBesideTheBinary() throws {
    let (executable, content) = try installation()
    let folder = try ContentFolder.locate(
      option: nil, environment: ["WORKBOOK_CONTENT": ""], executablePath: executable)
    #expect(folder == ContentFolder(path: content, origin: .installed))
  }

  @Test func thenTheRepositorysContentFolderAboveABuildFolder() throws {
    let executable = Support.repository + "/.build/x86_64-unknown-linux-gnu/debug/workbook"
    let folder = try ContentFolder.locate(option: nil, environment: [:], executablePath: executable)
    #expect(folder == ContentFolder(path: Support.shippedFolder, origin: .repository))
  }

  @Test func aNamedFolderThatDoesNotExistIsAnErrorNotAFallBack() throws {
    let (executable, _) = try installation()
    #expect(throws: ContentLoadError.pathNotFound(path: "/no/such/folder", namedBy: "--content")) {
      try ContentFolder.locate(
        option: "/no/such/folder", environment: [:], executablePath: executable)
    }
    #expect(
      throws: ContentLoadError.pathNotFound(path: "/no/such/folder", namedBy: "WORKBOOK_CONTENT")
    ) {
      try ContentFolder.locate(
        option: nil, environment: ["WORKBOOK_CONTENT": "/no/such/folder"],
        executablePath: executable)
    }
  }

  @Test func nothingFoundListsWhereItLooked() throws {
    let prefix = TemporaryFolder.make()
    let error = #expect(throws: ContentLoadError.self) {
      try ContentFolder.locate(
        option: nil, environment: [:], executablePath: prefix + "/bin/workbook")
    }
    #expect(
      error
        == .folderNotFound(tried: [
          prefix + "/share/workbook/content", "Content/ in \(prefix)/bin and each folder above it",
        ]))
    #expect(error?.description.contains("--content DIR") == true)
  }

  @Test func theLibraryIsFoundAndLoadedWithNoFlags() throws {
    let executable = Support.repository + "/.build/debug/workbook"
    let library = try ContentLibrary.discover(
      option: nil, environment: [:], executablePath: executable)
    #expect(library.strategies.map(\.id) == ["working-with-online-contributors"])
  }
}
