import WorkbookCore
import WorkbookWorkflow

/// Everything that can change the state: what a user does (through the keymap) and what the run
/// loop reports back after performing an `Effect`.
public enum Action: Sendable, Equatable {
  case start(StartAction)
  case newSession(NewSessionAction)
  case steps(StepAction)
  case overview(OverviewAction)
  case scores(ScoresAction)
  case reflection(ReflectionAction)
  case recommendations(RecommendationsAction)
  case plan(PlanAction)
  case export(ExportAction)
  case timer(TimerAction)
  case agenda(AgendaAction)
  case planReview(PlanReviewAction)
  /// A key for the text editor open on screen (every key goes to it while it is open).
  case textEditor(Key)
  case toggleHelp
  case undo
  case redo
  /// `q`: leave; refused once while the last save has failed.
  case quit
  /// Ctrl-C: leave now, trying a last save first if the previous one failed.
  case interrupt
  case resized(width: Int, height: Int)
  /// Input not taken (a paste outside a text field, keys that came together where a key of its
  /// own is needed): changes nothing but the status line, which says why.
  case refused(InputRefusal)

  // Results of effects, sent by the run loop.
  case sessionsLoaded([SessionListEntry])
  case sessionOpened(Session)
  /// A session opened read-only (`Effect.openSessionReadOnly`, or `--read-only`), and the
  /// terminal editing it, if one is.
  case sessionOpenedReadOnly(Session, editor: OtherTerminal?)
  /// `Effect.openSession` found the session open for editing in another terminal.
  case sessionLocked(id: String, editor: OtherTerminal?)
  /// The run loop read again the session followed read-only: the other terminal saved it.
  case sessionReloaded(Session, editor: OtherTerminal?)
  case saved(at: String)
  case saveFailed(String)
  /// The run loop's clock, in seconds, about once a second while a step timer runs.
  case tick(seconds: Double)
  /// Answers to `Effect.writeExport`: the absolute path written; the file exists and overwriting
  /// was not asked for; or why it could not be written.
  case exportWritten(path: String)
  case exportFileExists(path: String)
  case exportFailed(String)
  /// An effect other than a save failed (open, create, delete, list): the reason, for the user.
  case failed(String)
}
