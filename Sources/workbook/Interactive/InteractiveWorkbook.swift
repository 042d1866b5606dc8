import ArgumentParser
import Glibc
import WorkbookCurses
import WorkbookRuntime
import WorkbookStore
import WorkbookTUI

/// Starts the full-screen workbook: takes over the terminal, runs the loop, and restores the
/// terminal on every way out.
enum InteractiveWorkbook {
  /// Starts what `invocation` asks for, as `workbook` and `workbook open` do: refuses without a
  /// terminal, finds the sessions folder and the content, then opens the session or the start
  /// screen.
  static func start(_ invocation: InteractiveInvocation) throws {
    try requireTerminal()
    // Read once: each reading builds the whole dictionary anew.
    let environment = LocalEnvironment.variables()
    let language = try FrontEndLanguage.load(
      option: invocation.language, environment: environment)
    let library = try ContentOptions.library(
      folder: invocation.contentFolder, language: language.contentLanguage,
      environment: environment)
    try run(
      opening: invocation.session, readOnly: invocation.readOnly,
      store: StoreOptions.store(
        directory: invocation.directory, content: library, environment: environment),
      library: library, language: language, environment: environment)
  }

  /// Refuses, before anything else, when standard input or output is not a terminal, so a script
  /// piping into `workbook` learns at once what to use instead.
  private static func requireTerminal() throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw refusal(TerminalUnavailable.notATerminal)
    }
  }

  /// Opens the start screen, or the session `reference` names (an id, a prefix of one, a path),
  /// to edit or to follow read-only, in `language`.
  private static func run(
    opening reference: String?, readOnly: Bool, store: SessionStore, library: ContentLibrary,
    language: FrontEndLanguage, environment: [String: String]
  ) throws {
    let performer = try StoreEffectPerformer.forFrontEnd(
      store: store, library: library, language: language)
    var state = AppState(strategies: library.strategies, messages: language.messages)
    state.bellEnabled = (environment["WORKBOOK_NO_BELL"] ?? "").isEmpty
    if let reference {
      // Opened before taking the terminal, so a session that cannot be opened is reported plainly.
      let opened = performer.open(reference: reference, readOnly: readOnly)
      if case .failed(let reason) = opened {
        Output.error("workbook: \(reason)")
        throw ExitCode.failure
      }
      _ = update(&state, .result(opened))
    }
    // The start screen needs its list, also when the session named could not be shown (its
    // strategy is missing from the content: the start screen says so).
    let launch = state.screen == .workbook ? [] : AppState.launchEffects

    let terminal: Terminal
    do throws(TerminalUnavailable) {
      terminal = try Terminal.openInteractive(environment: environment)
    } catch {
      throw refusal(error)
    }
    defer { terminal.close() }
    state.currentFolder = LocalEnvironment.currentFolder()
    state.utcOffsetSeconds = LocalEnvironment.utcOffsetSeconds()
    var runtime = Runtime(
      state: state, frontEnd: FullScreen(), terminal: terminal, performer: performer)
    runtime.clockSpeed = testClockSpeed(environment)
    let ending = runtime.run(launchEffects: launch)
    performer.letGoOfSession()
    switch ending {
    case .quit: break
    case .signal(let signal): throw ExitCode(signal.exitStatus)
    // A terminal gone without a SIGHUP ends the workbook as a hang-up does.
    case .inputClosed: throw ExitCode(QuitSignal.hangup.exitStatus)
    }
  }

  /// For the end-to-end tests only: WORKBOOK_TEST_CLOCK_SPEED=60 runs the step timers' clock 60
  /// times faster, so a minute on the agenda passes in a second. 1 (real time) otherwise.
  private static func testClockSpeed(_ environment: [String: String]) -> Double {
    guard let text = environment["WORKBOOK_TEST_CLOCK_SPEED"], let speed = Double(text),
      speed > 0
    else { return 1 }
    return speed
  }

  /// The message when the workbook cannot run full screen here: why, and what works instead.
  private static func refusal(_ reason: TerminalUnavailable) -> Error {
    Output.error(
      """
      workbook: \(reason.description)
      These commands do the same work without a full-screen terminal:
        workbook new             create a session
        workbook list            list the sessions
        workbook show SESSION    show a session and its results
        workbook scores import   import scores from a CSV file
        workbook reveal SESSION  reveal the scores to everyone
        workbook export SESSION  export a session (Markdown, wikitext, CSV, JSON)
        workbook history SESSION list or restore a session's kept versions
        workbook content         check and show the content
      Run `workbook help COMMAND` for the details of each.
      """)
    return ExitCode.failure
  }
}
