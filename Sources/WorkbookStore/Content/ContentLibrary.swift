import FoundationEssentials
import WorkbookCore

/// All the strategies of a content folder, by id. A new strategy is added by dropping its file
/// into the folder; nothing in the code names a strategy.
public struct ContentLibrary: Sendable, Equatable {
  /// A strategy and the file it came from.
  public struct Entry: Sendable, Equatable {
    public var strategy: Strategy
    public var file: String

    public init(strategy: Strategy, file: String) {
      self.strategy = strategy
      self.file = file
    }
  }

  /// The strategies in file name order.
  public var entries: [Entry]

  public init(entries: [Entry]) { self.entries = entries }

  public var strategies: [Strategy] { entries.map(\.strategy) }

  public func strategy(id: String) -> Strategy? {
    entries.first { $0.strategy.id == id }?.strategy
  }

  /// Loads the strategies of a folder, or the one strategy of a file. Every problem of every file
  /// is reported together, as is a strategy id used by two files.
  public static func load(path: String) throws(ContentLoadError) -> ContentLibrary {
    guard ContentFiles.exists(path) else {
      throw .pathNotFound(path: path, namedBy: "the path given")
    }
    if !ContentFiles.isDirectory(path) { return try load(files: [path]) }
    let files = try ContentFiles.strategyFiles(in: path)
    guard !files.isEmpty else { throw .noStrategies(folder: path) }
    return try load(files: files)
  }

  /// Finds the content folder (see `ContentFolder.locate`) and loads it.
  public static func discover(
    option: String?,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    executablePath: String? = ContentFolder.currentExecutablePath()
  ) throws(ContentLoadError) -> ContentLibrary {
    let folder = try ContentFolder.locate(
      option: option, environment: environment, executablePath: executablePath)
    return try load(path: folder.path)
  }

  private static func load(files: [String]) throws(ContentLoadError) -> ContentLibrary {
    var entries: [Entry] = []
    var problems: [ContentProblem] = []
    var idFiles: [String: String] = [:]
    for file in files {
      let text = try ContentFiles.text(of: file)
      do {
        let strategy = try ContentParser.parse(text, fileName: file)
        if let other = idFiles[strategy.id] {
          problems.append(
            ContentProblem(
              file: file, line: idLine(in: text),
              message:
                "the strategy id “\(strategy.id)” is also used by \(other); give each its own"))
        }
        idFiles[strategy.id] = file
        entries.append(Entry(strategy: strategy, file: file))
      } catch {
        problems += error.problems
      }
    }
    guard problems.isEmpty else { throw .invalid(ContentProblems(problems)) }
    return ContentLibrary(entries: entries)
  }

  /// The line of the front matter's `id:` field, for a problem about the strategy's id.
  private static func idLine(in text: String) -> Int {
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    return (lines.firstIndex { $0.hasPrefix("id:") } ?? 0) + 1
  }
}
