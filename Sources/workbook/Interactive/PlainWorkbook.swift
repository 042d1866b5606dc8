import ArgumentParser
import FoundationEssentials
import WorkbookConsole
import WorkbookPlain
import WorkbookRuntime
import WorkbookStore

/// Starts the plain line mode on the runtime, with the same sessions folder, content and language
/// as the full-screen workbook.
enum PlainWorkbook {
  static func start(
    session reference: String?, directory: String?, contentFolder: String?, language: String?
  ) throws {
    let language = try FrontEndLanguage.load(option: language)
    let library = try ContentOptions.library(
      folder: contentFolder, language: language.contentLanguage)
    let store = try StoreOptions.store(directory: directory, content: library)
    let performer = try StoreEffectPerformer.forFrontEnd(
      store: store, library: library, language: language)
    var state = PlainState(
      strategies: library.strategies, currentFolder: LocalEnvironment.currentFolder(),
      messages: language.messages)
    var launch = PlainState.launchEffects
    if let reference {
      let opened = performer.open(reference: reference, readOnly: false)
      if case .failed(let reason) = opened {
        Output.error("workbook: \(reason)")
        throw ExitCode.failure
      }
      _ = state.receive(.result(opened))
      // The list is needed only when the session could not be shown (its strategy is missing).
      if state.session != nil { launch = [] }
    }
    let console = Console.open(environment: ProcessInfo.processInfo.environment)
    defer { console.close() }
    var runtime = Runtime(
      state: state, frontEnd: PlainFrontEnd(), terminal: console, performer: performer)
    let ending = runtime.run(launchEffects: launch)
    performer.letGoOfSession()
    // What the last action said ("Goodbye.") is shown before leaving.
    runtime.terminal.show(runtime.frontEnd.output(for: runtime.state))
    if case .signal(let signal) = ending { throw ExitCode(signal.exitStatus) }
  }
}
