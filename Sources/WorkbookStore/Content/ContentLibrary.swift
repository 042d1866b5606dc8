import FoundationEssentials
import WorkbookCore

/// All the strategies of a content folder, by id. A new strategy is added by dropping its file
/// into the folder; nothing in the code names a strategy.
public struct ContentLibrary: Sendable, Equatable {
  /// A strategy and the file it came from, and the translation its texts came from, if any.
  public struct Entry: Sendable, Equatable {
    public var strategy: Strategy
    public var file: String
    public var translationFile: String?

    public init(strategy: Strategy, file: String, translationFile: String? = nil) {
      self.strategy = strategy
      self.file = file
      self.translationFile = translationFile
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
  /// is reported together, as is a strategy id used by two files. With a `language` (`de`,
  /// `de-AT`), each strategy takes the texts of its translation into that language, else of the
  /// language without its region, else keeps the source's; a translation file given as `path`
  /// is loaded over its source. The ids are the same in every language.
  public static func load(path: String, language: String? = nil) throws(ContentLoadError)
    -> ContentLibrary
  {
    guard ContentFiles.exists(path) else {
      throw .pathNotFound(path: path, namedBy: "the path given")
    }
    if !ContentFiles.isDirectory(path) {
      if let (source, tag) = TranslationFileName.split(path), ContentFiles.exists(source) {
        return try load(files: [source]).translated(by: { _ in (path, tag) })
      }
      return try load(files: [path]).translated(into: language)
    }
    let files = try ContentFiles.strategyFiles(in: path)
    guard !files.isEmpty else { throw .noStrategies(folder: path) }
    return try load(files: files).translated(into: language)
  }

  /// The translation files of the folder `path` (or the translation file `path`), each checked
  /// against its source: the warnings of each, or every problem of all of them thrown together.
  public static func checkTranslations(path: String) throws(ContentLoadError)
    -> [TranslationCheck]
  {
    let files: [String]
    if ContentFiles.isDirectory(path) {
      files = try ContentFiles.translationFiles(in: path)
    } else {
      files = TranslationFileName.split(path) == nil ? [] : [path]
    }
    var checks: [TranslationCheck] = []
    var problems: [ContentProblem] = []
    for file in files {
      guard let (source, language) = TranslationFileName.split(file) else { continue }
      guard ContentFiles.exists(source) else {
        problems.append(
          ContentProblem(
            file: file, line: 1,
            message:
              "this translation has no source file \(source) beside it; name a translation "
              + "after its source, such as my-strategy.\(language).md beside my-strategy.md"))
        continue
      }
      let entry = try load(files: [source]).entries[0]
      do {
        let result = try translate(entry, file: file, language: language)
        checks.append(
          TranslationCheck(
            file: file, source: source, language: language, strategy: result.strategy,
            warnings: result.warnings))
      } catch {
        guard case .invalid(let found) = error else { throw error }
        problems += found.problems
      }
    }
    guard problems.isEmpty else { throw .invalid(ContentProblems(problems)) }
    return checks
  }

  /// The library with each strategy translated into `language`, where a translation exists.
  private func translated(into language: String?) throws(ContentLoadError) -> ContentLibrary {
    guard let language else { return self }
    return try translated { entry in
      for tag in TranslationFileName.fallbacks(for: language) {
        for spelling in Set([tag, tag.lowercased()]).sorted() {
          let file = TranslationFileName.path(of: entry.file, language: spelling)
          if ContentFiles.exists(file) { return (file, spelling) }
        }
      }
      return nil
    }
  }

  private func translated(
    by translation: (Entry) -> (file: String, language: String)?
  ) throws(ContentLoadError) -> ContentLibrary {
    var entries: [Entry] = []
    var problems: [ContentProblem] = []
    for entry in self.entries {
      guard let (file, language) = translation(entry) else {
        entries.append(entry)
        continue
      }
      do {
        let result = try Self.translate(entry, file: file, language: language)
        entries.append(Entry(strategy: result.strategy, file: entry.file, translationFile: file))
      } catch {
        guard case .invalid(let found) = error else { throw error }
        problems += found.problems
      }
    }
    guard problems.isEmpty else { throw .invalid(ContentProblems(problems)) }
    return ContentLibrary(entries: entries)
  }

  private static func translate(_ entry: Entry, file: String, language: String)
    throws(ContentLoadError) -> ContentTranslator.Result
  {
    let sourceText = try ContentFiles.text(of: entry.file)
    let text = try ContentFiles.text(of: file)
    do throws(ContentProblems) {
      return try ContentTranslator.translate(
        entry.strategy, sourceText: sourceText, sourceFile: entry.file, translation: text,
        fileName: file, language: language)
    } catch {
      throw .invalid(error)
    }
  }

  /// Finds the content folder (see `ContentFolder.locate`) and loads it, in `language` if given.
  public static func discover(
    option: String?, language: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    executablePath: @autoclosure () -> String? = ContentFolder.currentExecutablePath()
  ) throws(ContentLoadError) -> ContentLibrary {
    let folder = try ContentFolder.locate(
      option: option, environment: environment, executablePath: executablePath())
    return try load(path: folder.path, language: language)
  }

  private static func load(files: [String]) throws(ContentLoadError) -> ContentLibrary {
    var entries: [Entry] = []
    var problems: [ContentProblem] = []
    var idFiles: [String: String] = [:]
    for file in files {
      let bytes = try ContentFiles.utf8(of: file)
      do {
        let strategy = try ContentParser.parse(utf8: bytes, fileName: file)
        if let other = idFiles[strategy.id] {
          problems.append(
            ContentProblem(
              file: file, line: idLine(in: String(decoding: bytes, as: UTF8.self)),
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
