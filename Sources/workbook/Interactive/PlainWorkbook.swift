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
    let environment = ProcessInfo.processInfo.environment
    let language = try FrontEndLanguage.load(option: language, environment: environment)
    let opening: FrontEndOpening
    switch FrontEndOpening.open(
      session: reference, readOnly: false, directory: directory, contentFolder: contentFolder,
      language: language, environment: environment)
    {
    case .success(let opened): opening = opened
    case .failure(let refusal):
      Output.error(refusal.message)
      throw ExitCode.failure
    }
    let performer = opening.performer
    var state = PlainState(
      strategies: opening.library.strategies, currentFolder: LocalEnvironment.currentFolder(),
      messages: language.messages)
    var launch = PlainState.launchEffects
    if let opened = opening.opened {
      _ = state.receive(.result(opened))
      // The list is needed only when the session could not be shown (its strategy is missing).
      if state.session != nil { launch = [] }
    }
    let console = Console.open(environment: environment)
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
