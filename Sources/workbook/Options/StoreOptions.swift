import ArgumentParser
import FoundationEssentials
import WorkbookCore
import WorkbookStore

/// `--dir DIR`, shared by every command that reads or writes sessions.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .customLong("dir"),
    help: ArgumentHelp(
      "The sessions folder (default: $\(SessionsDirectory.environmentVariable), else "
        + "$XDG_DATA_HOME/workbook/sessions, else ~/.local/share/workbook/sessions).",
      valueName: "DIR"))
  var directory: String?

  /// The store of the sessions folder, with the strategies of `content` when they are known (a
  /// session of an older schema needs them to migrate). When no folder can be worked out, says
  /// so on standard error, in `messages`' words, and exits with status 1.
  func store(content: ContentLibrary? = nil, messages: Messages) throws -> SessionStore {
    try Self.store(directory: directory, content: content, messages: messages)
  }

  /// The store of the folder `--dir` named (nil when not given), else the default one
  /// (`environment` may name it).
  static func store(
    directory: String?, content: ContentLibrary? = nil, messages: Messages = .english,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> SessionStore {
    guard let store = foundStore(directory: directory, content: content, environment: environment)
    else { throw StoreOptions.failure(noSessionsFolder(messages)) }
    return store
  }

  /// `store(directory:content:messages:environment:)` without a word: nil when no folder can be
  /// worked out (`noSessionsFolder` says so).
  static func foundStore(
    directory: String?, content: ContentLibrary?, environment: [String: String]
  ) -> SessionStore? {
    SessionsDirectory.resolve(option: directory, environment: environment).map {
      SessionStore(directory: $0, content: content)
    }
  }

  /// What is said when no sessions folder can be worked out, in `messages`' words.
  static func noSessionsFolder(_ messages: Messages) -> OutputText {
    messages.output(.cliNoSessionsFolder, SessionsDirectory.environmentVariable)
  }

  /// The store and the file SESSION names (an id, a unique prefix of one, or a path).
  func resolve(_ reference: String, content: ContentLibrary? = nil, messages: Messages) throws
    -> (store: SessionStore, path: String)
  {
    let store = try store(content: content, messages: messages)
    return (
      store, try Self.reporting { () throws(SessionStoreError) in try store.resolve(reference) }
    )
  }

  /// The session SESSION names, read, with its store and file (for a command that writes it back).
  func load(_ reference: String, content: ContentLibrary? = nil, messages: Messages) throws -> (
    store: SessionStore, path: String, session: Session
  ) {
    let (store, path) = try resolve(reference, content: content, messages: messages)
    let session = try Self.reporting { () throws(SessionStoreError) in try store.load(path) }
    return (store, path, session)
  }

  /// Writes `message` to standard error; the command then exits with status 1.
  static func failure(_ message: OutputText) -> ExitCode {
    Output.error(message)
    return .failure
  }

  /// Runs `body`; a store error goes to standard error and the command exits with status 1. Its
  /// message is one line, shown as a value: a file name in it cannot start a line.
  static func reporting<Value>(_ body: () throws(SessionStoreError) -> Value) throws -> Value {
    do {
      return try body()
    } catch {
      throw failure("\(error.description)")
    }
  }
}
