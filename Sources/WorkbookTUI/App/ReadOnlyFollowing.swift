import WorkbookCore
import WorkbookWorkflow

extension AppState {
  /// Shows a session opened read-only, from its first step.
  mutating func openReadOnly(_ session: Session, editor: OtherTerminal?) {
    open(session)
    guard workbook != nil else { return }
    workbook?.access = .readOnly(editor: editor)
    message =
      editor.map { StatusMessage(.tuiReadOnlyFollowing, $0.user) }
      ?? StatusMessage(.tuiReadOnlyOpened)
  }

  /// The other terminal saved: the new version replaces the one on screen, at the same step and
  /// selection (kept within what the new version has).
  mutating func follow(_ session: Session, editor: OtherTerminal?) {
    guard var workbook, workbook.access != .editing, workbook.session.id == session.id else {
      return
    }
    workbook.session = session
    workbook.access = .readOnly(editor: editor)
    workbook.plan.row = max(0, min(workbook.plan.row, session.plan.count - 1))
    workbook.scores.scorerSelection = max(
      0, min(workbook.scores.scorerSelection, session.participants.count - 1))
    self.workbook = workbook
  }

  /// Whether the open session is followed read-only.
  var isReadOnly: Bool {
    guard let workbook else { return false }
    return workbook.access != .editing
  }
}

extension Action {
  /// Whether the action leaves the session as it is, and so is taken in a read-only session:
  /// moving, looking, help, the timer, exporting, leaving. Every other key that would change the
  /// session, or open a way to change it (an editor, a private turn, the reveal), is refused.
  var leavesSessionUnchanged: Bool {
    switch self {
    case .start, .newSession, .steps, .timer, .export, .toggleHelp, .quit, .interrupt, .resized,
      .refused, .result, .tick:
      true
    // Only the Export step's file name can be open in a text editor here.
    case .textEditor: true
    case .overview(let action):
      switch action {
      case .scroll, .reviewEarlierPlan: true
      case .editNotes, .editAgenda: false
      }
    case .planReview(let action):
      switch action {
      case .moveUp, .moveDown, .done: true
      case .mark, .editNote: false
      }
    case .scores(let action):
      switch action {
      case .moveUp, .moveDown, .back, .cancelRestart, .otherKey: true
      case .choose, .confirmRestart, .beginTurn, .answer, .takeChoice, .nextItem, .previousItem,
        .confirm, .reveal, .confirmReveal, .cancelReveal, .rescore:
        false
      }
    case .reflection(let action):
      switch action {
      case .previousQuestion, .nextQuestion: true
      case .editAnswer, .previousChoice, .nextChoice: false
      }
    case .recommendations(let action):
      switch action {
      case .moveUp, .moveDown, .cycleFilter, .toggleWeakAreasFirst: true
      case .setStatus, .cyclePriority, .editNote, .addToPlan: false
      }
    case .plan(let action):
      switch action {
      case .moveUp, .moveDown, .moveLeft, .moveRight: true
      case .editCell, .addRow, .deleteRow, .moveRowUp, .moveRowDown: false
      }
    case .agenda, .undo, .redo: false
    }
  }
}
