import ArgumentParser
import FoundationEssentials
import WorkbookCore
import WorkbookStore

/// `--content DIR`, shared by every command that reads strategies. Without it the workbook looks
/// in WORKBOOK_CONTENT, the installed content, then the repository's Content/ folder.
struct ContentOptions: ParsableArguments {
  @Option(
    name: .customLong("content"),
    help: ArgumentHelp(
      "The folder of strategy files (default: $WORKBOOK_CONTENT, the installed content, or the "
        + "repository's Content folder).",
      valueName: "DIR"))
  var folder: String?

  /// The strategies of `path` (a file or folder) if given, else of the content folder, with the
  /// texts of their translations into `language` where there are some. On failure the problems
  /// go to standard error and the command exits with status 1.
  func library(path: String? = nil, language: String? = nil) throws -> ContentLibrary {
    switch Self.loaded(path: path, folder: folder, language: language) {
    case .success(let library): return library
    case .failure(let error):
      Output.error(Self.message(for: error))
      throw ExitCode.failure
    }
  }

  /// The strategies of `path` if given, else of the folder `--content` named (nil when not
  /// given), else of the content folder found (`environment` may name it); in `language` where
  /// translated. Nothing is printed: the full-screen workbook reads them on a thread of its own.
  static func loaded(
    path: String? = nil, folder: String?, language: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Result<ContentLibrary, ContentLoadError> {
    Result { () throws(ContentLoadError) in
      if let path { return try ContentLibrary.load(path: path, language: language) }
      return try ContentLibrary.discover(
        option: folder, language: language, environment: environment)
    }
  }

  /// The strategies, for a command that can do without them (they give progress, or migrate a
  /// session of an older schema): nil when no folder was named and none is found. A folder named
  /// with --content must still be found.
  func libraryIfFound() throws -> ContentLibrary? {
    folder == nil ? try? ContentLibrary.discover(option: nil) : try library()
  }

  /// The problems of content files one a line, each file name shown as a value (a file named
  /// with a line break cannot start a line of its own); other errors as they describe themselves.
  static func message(for error: ContentLoadError) -> OutputText {
    guard case .invalid(let problems) = error else { return "\(lines: error.description)" }
    return OutputText(
      joining: problems.problems.map { "\($0.file):\($0.line): \($0.message)" })
  }
}

extension ContentLibrary {
  /// The strategy `--strategy` names, or the only one the content has; otherwise exits with a
  /// message, in `messages`' words, listing the strategies there are.
  func chosenStrategy(_ id: String?, messages: Messages) throws -> Strategy {
    let known = strategies.map(\.id).joined(separator: ", ")
    guard let id else {
      guard strategies.count == 1 else {
        throw StoreOptions.failure(messages.output(.cliChooseStrategy, known))
      }
      return strategies[0]
    }
    guard let found = strategy(id: id) else {
      throw StoreOptions.failure(messages.output(.cliNoSuchStrategy, id, known))
    }
    return found
  }
}
