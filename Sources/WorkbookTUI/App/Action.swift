import WorkbookCore
import WorkbookWorkflow

/// Everything that can change the state: what a user does (through the keymap) and what the run
/// loop reports back (an effect's result, the timers' clock).
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
  /// A key for the text editor open on screen (every key goes to it while it is open), and the
  /// size of the field it is drawn in.
  case textEditor(Key, FieldSize)
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

  /// What performing an `Effect` came to, sent by the run loop.
  case result(EffectResult)
  /// The run loop's clock, in seconds, about once a second while a step timer runs.
  case tick(seconds: Double)
}
