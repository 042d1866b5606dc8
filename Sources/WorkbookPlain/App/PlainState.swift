import WorkbookCore
import WorkbookWorkflow

/// The plain line mode's whole state: the session open, where the person is, and the text waiting
/// to be shown. Changed only by `receive(_:)`, which answers with the effects to perform; the
/// console shows what `output(since:)` gives after each line.
public struct PlainState: Sendable, Equatable {
  public let strategies: [Strategy]
  /// The folder the workbook was started in: where exports are written by default.
  public var currentFolder: String
  public var sessions: [SessionListEntry] = []
  /// The session open, and its strategy.
  public var session: Session?
  public var strategy: Strategy?
  public var prompt: PlainPrompt = .waiting
  /// A new session's answers so far.
  public var draft = NewSessionDraft()
  /// The lines of a multi-line text typed so far (`PlainPrompt.text`).
  public var typedLines: [String] = []
  /// Where a text being typed returns once it ends.
  public var afterText: PlainPrompt = .steps
  /// Whether the last save failed, and why; said in every prompt until a save lands.
  public var saveProblem: String?
  /// Saves asked for and not yet answered.
  public var pendingSaves = 0
  /// The text to show, from the output numbered `outputStart` on; what was shown before the
  /// last line typed is forgotten.
  public private(set) var output: [PlainOutput] = []
  public private(set) var outputStart = 0

  /// The words of the prompts, in the language the workbook was started in.
  public let messages: Messages

  public init(strategies: [Strategy], currentFolder: String, messages: Messages = .english) {
    self.strategies = strategies
    self.currentFolder = currentFolder
    self.messages = messages
  }

  /// The effects to start with: the list of sessions for the start prompt.
  public static let launchEffects: [Effect] = [.loadSessionList]

  /// The number the next output will have: everything before it is in `output(since:)`.
  public var outputEnd: Int { outputStart + output.count }

  /// The output numbered `shown` and after, in order.
  public func output(since shown: Int) -> [PlainOutput] {
    Array(output.dropFirst(max(0, shown - outputStart)))
  }

  /// Forgets the output a console has shown: once a person types a line, it has seen what came
  /// before.
  mutating func forgetShownOutput() {
    outputStart = outputEnd
    output = []
  }

  /// Whether the workbook has left (the person quit or their input ended).
  public var isFinished: Bool { prompt == .finished }

  /// Shows `lines` as they are: text the workbook wrote itself.
  mutating func say(_ lines: String...) {
    output.append(.lines(lines))
  }

  mutating func say(lines: [String]) {
    output.append(.lines(lines))
  }

  /// Text of several lines indented under a heading, or "(nothing written yet)".
  func indented(_ text: String) -> [String] {
    Shown.indented(text, empty: messages(.plainNothingWrittenYet))
  }

  /// The keyboard passes to someone else: nothing before may stay readable.
  mutating func privacyBreak() {
    output.append(.privacyBreak)
  }

  /// Changes the open session and asks for it to be saved; a change that changes nothing is not
  /// saved.
  mutating func changeSession(_ change: (inout Session) -> Void) -> [Effect] {
    guard var changed = session else { return [] }
    let before = changed
    change(&changed)
    guard changed != before else { return [] }
    session = changed
    pendingSaves += 1
    return [.saveSession(changed)]
  }
}
