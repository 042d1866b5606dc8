import ArgumentParser
import Glibc
import WorkbookCurses
import WorkbookRuntime
import WorkbookStore
import WorkbookTUI
import WorkbookWorkflow

/// Starts the full-screen workbook: takes over the terminal, runs the loop, and restores the
/// terminal on every way out.
enum InteractiveWorkbook {
  /// Starts what `invocation` asks for, as `workbook` and `workbook open` do: refuses without a
  /// terminal, finds the sessions folder and the content, then opens the session or the start
  /// screen. Another thread reads the content, hands it over, then sets up the terminal, while
  /// this one reads the session and renders the first frame; what cannot be opened is said once
  /// the terminal is given back, before the workbook has drawn anything.
  static func start(_ invocation: InteractiveInvocation) throws {
    try requireTerminal()
    // Read once: each reading builds the whole dictionary anew.
    let environment = LocalEnvironment.variables()
    let language = try FrontEndLanguage.load(
      option: invocation.language, environment: environment)
    // Before the other thread starts: an error's reason (strerror) reads the locale.
    Terminal.useUserLocale()
    let contentRead = Handoff<Result<ContentLibrary, FrontEndOpening.Refusal>>()
    let terminalSetUp = BackgroundWork {
      contentRead.give(
        FrontEndOpening.readContent(
          folder: invocation.contentFolder, language: language, environment: environment))
      return Result { () throws(TerminalUnavailable) in
        try Terminal.openInteractive(environment: environment)
      }
    }
    let prepared: Prepared
    switch prepare(
      invocation, content: { contentRead.take() }, language: language, environment: environment)
    {
    case .success(let ready): prepared = ready
    case .failure(let refusal):
      if case .success(let terminal) = terminalSetUp.join() { terminal.close() }
      Output.error(refusal.message)
      throw ExitCode.failure
    }
    var runtime = Runtime(
      state: prepared.state, frontEnd: FullScreen(),
      terminal: ArrivingTerminal<Terminal>(openingEvent: Terminal.openingEventAhead()),
      performer: prepared.opening.performer)
    runtime.clockSpeed = testClockSpeed(environment)
    // The first frame is rendered while the terminal is still being set up.
    let quitAtStart = runtime.start(launchEffects: prepared.launchEffects)
    let terminal: Terminal
    switch terminalSetUp.join() {
    case .success(let opened): terminal = opened
    case .failure(let reason): throw refusal(reason)
    }
    defer { terminal.close() }
    runtime.terminal.arrive(terminal)
    let ending = quitAtStart ? .quit : runtime.run()
    prepared.opening.performer.letGoOfSession()
    switch ending {
    case .quit: break
    case .signal(let signal): throw ExitCode(signal.exitStatus)
    // A terminal gone without a SIGHUP ends the workbook as a hang-up does.
    case .inputClosed: throw ExitCode(QuitSignal.hangup.exitStatus)
    }
  }

  /// Refuses, before anything else, when standard input or output is not a terminal, so a script
  /// piping into `workbook` learns at once what to use instead.
  private static func requireTerminal() throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw refusal(TerminalUnavailable.notATerminal)
    }
  }

  /// The session or start screen opened, and the state the workbook starts in.
  private struct Prepared {
    var opening: FrontEndOpening
    var state: AppState
    var launchEffects: [Effect]
  }

  /// Opens the start screen, or the session `invocation` names (an id, a prefix of one, a path),
  /// to edit or to follow read-only, in `language`, with the content `content` gives:
  /// everything but the terminal.
  private static func prepare(
    _ invocation: InteractiveInvocation,
    content: @escaping @Sendable () -> Result<ContentLibrary, FrontEndOpening.Refusal>,
    language: FrontEndLanguage, environment: [String: String]
  ) -> Result<Prepared, FrontEndOpening.Refusal> {
    FrontEndOpening.open(
      session: invocation.session, readOnly: invocation.readOnly,
      directory: invocation.directory, content: content, language: language,
      environment: environment
    ).map { opening in
      var state = AppState(strategies: opening.library.strategies, messages: language.messages)
      state.bellEnabled = (environment["WORKBOOK_NO_BELL"] ?? "").isEmpty
      if let opened = opening.opened { _ = update(&state, .result(opened)) }
      state.currentFolder = LocalEnvironment.currentFolder()
      state.utcOffsetSeconds = LocalEnvironment.utcOffsetSeconds()
      // The start screen needs its list, also when the session named could not be shown (its
      // strategy is missing from the content: the start screen says so).
      let launch = state.screen == .workbook ? [] : AppState.launchEffects
      return Prepared(opening: opening, state: state, launchEffects: launch)
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
