import WorkbookCore
import WorkbookWorkflow

/// Everything the interactive workbook shows and remembers. Changed only by `update`.
public struct AppState: Sendable, Equatable {
  /// Which screen has the terminal.
  public enum Screen: Sendable, Equatable {
    case start
    case newSession
    case workbook
  }

  /// Below this size the screens cannot be read; a notice asks for a larger terminal instead.
  public static let minimumWidth = 80
  public static let minimumHeight = 24
  /// What the run loop performs when the program starts without a session to open.
  public static let launchEffects: [Effect] = [.loadSessionList]

  public var screen: Screen = .start
  /// The strategies the content offers, for new sessions and for opening old ones.
  public var strategies: [Strategy]
  public var start = StartState()
  /// The new-session form, kept when left with Esc so nothing typed is lost.
  public var newSession: NewSessionState?
  /// The open session, its strategy and where the user is in it.
  public var workbook: WorkbookState?
  public var showingHelp = false
  public var save: SaveState = .unchanged
  /// Saves asked for and not yet answered, so "Saved" shows only when all have landed.
  public var pendingSaves = 0
  public var history = UndoHistory()
  public var message: StatusMessage?
  /// Set when `q` was refused because the last save failed; a second `q` quits anyway.
  public var quitWarned = false
  /// The folder the workbook was started in, set by the run loop at launch: where the Export
  /// step writes a file given without a folder.
  public var currentFolder = "."
  /// The local time's offset from UTC in seconds, set by the run loop at launch: stored times are
  /// in UTC, shown times are local.
  public var utcOffsetSeconds = 0
  /// The run loop's clock at its last tick (seconds), for the step timers.
  public var clock: Double?
  /// Whether the terminal bell rings when a step's time is up: `B` switches it, and the run loop
  /// turns it off at launch when WORKBOOK_NO_BELL is set.
  public var bellEnabled = true
  /// The terminal's size, for drawing and for the keymap, which measures in it what a key needs
  /// (`Keymap.measured`); nothing `update` decides reads it.
  public var terminalWidth = AppState.minimumWidth
  public var terminalHeight = AppState.minimumHeight

  /// The words of the screens, in the language the workbook was started in.
  public var messages: Messages

  public init(strategies: [Strategy], messages: Messages = .english) {
    self.strategies = strategies
    self.messages = messages
  }

  /// Whether the terminal is too small to show the screens.
  public var terminalTooSmall: Bool {
    terminalWidth < Self.minimumWidth || terminalHeight < Self.minimumHeight
  }
}
