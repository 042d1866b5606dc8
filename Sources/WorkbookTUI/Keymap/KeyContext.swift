import WorkbookCore

/// Where a group of bindings applies. The state decides which contexts are active, in order; the
/// first binding of a key in that order wins, so a screen can give a key its own meaning (digits
/// are scores while scoring, steps elsewhere).
public enum KeyContext: Sendable, Equatable, Hashable, CaseIterable {
  /// Keys that work on every screen, even in text fields and below the minimum size.
  case always
  /// Help and quit, on every screen without a text field.
  case general
  /// Undo and redo of changes to the open session.
  case history
  /// Moving between the steps of the open session.
  case steps
  case start
  case deletion
  /// The session chosen is open in another terminal: follow it read-only?
  case lockedSession
  case newSession
  case textField
  case participantField
  case choiceField
  case overview
  /// The agenda's editor on the Overview step.
  case agenda
  /// The review of the earlier session's plan on the Overview step.
  case planReview
  case scorers
  /// After the reveal, choosing who scores again.
  case choosingScorer
  /// Asking whether to start a finished person's turn again, before the reveal.
  case restartConfirmation
  case soloInvitation
  case privacy
  case scoring
  case review
  /// Confirming a check with items not answered.
  case gapsConfirmation
  case revealConfirmation
  case results
  case reflection
  /// A reflection question with a quick answer.
  case quickChoice
  case recommendations
  case plan
  /// The plan shown one row at a time as a card: ↑↓ go through its fields.
  case planCard
  case export
  /// Asking whether to replace a file that exists.
  case overwriteConfirmation
  /// The facilitator's step timer, on every step.
  case timer
  /// Writing in a text editor: every key but those of `always` goes to it.
  case textEditor
  /// Writing in a one-line text editor (a file name): every key but those of `always` goes to it.
  case lineEditor
  /// Esc was pressed in a text editor after changes: a second Esc discards them.
  case discardingText
  case help
  case tooSmall

  /// Whether the context is part of a person's private scoring turn.
  var isPrivateTurn: Bool { self == .scoring || self == .review || self == .gapsConfirmation }

  /// Whether the screen waits here for a person's answer: a y/n dialog, passing the keyboard to
  /// the next person, checking a turn's answers (and confirming one with gaps), starting a
  /// finished turn again, discarding changes. Keys that came together never answer one
  /// (`KeyBurst`).
  public var isQuestion: Bool {
    switch self {
    case .deletion, .lockedSession, .revealConfirmation, .overwriteConfirmation, .discardingText,
      .privacy, .review, .gapsConfirmation, .restartConfirmation:
      true
    default: false
    }
  }

  /// The heading of the context's part of the help screen.
  public var titleKey: MessageKey {
    switch self {
    case .always, .general: .tuiHelpEverywhere
    case .history: .tuiHelpUndo
    case .steps: .tuiHelpSteps
    case .start: .tuiHelpSessions
    case .deletion: .tuiHelpDeletingASession
    case .lockedSession: .tuiHelpOpenInAnotherTerminal
    case .newSession: .tuiHelpNewSession
    case .textField: .tuiHelpTyping
    case .participantField: .tuiHelpParticipants
    case .choiceField: .tuiHelpChoices
    case .overview: .tuiHelpOverview
    case .agenda: .tuiHelpAgenda
    case .planReview: .tuiHelpLastPlan
    case .scorers: .tuiHelpScores
    case .soloInvitation: .tuiHelpScoresAlone
    case .choosingScorer: .tuiHelpScoreAgain
    case .restartConfirmation: .tuiHelpStartingATurnAgain
    case .privacy: .tuiHelpPassingTheKeyboard
    case .scoring: .tuiHelpScoring
    case .review, .gapsConfirmation: .tuiHelpCheckingTheAnswers
    case .revealConfirmation: .tuiHelpRevealingTheScores
    case .results: .tuiHelpResults
    case .reflection, .quickChoice: .tuiHelpReflection
    case .recommendations: .tuiHelpRecommendations
    case .plan: .tuiHelpPlan
    case .planCard: .tuiHelpPlanOneRowAtATime
    case .export: .tuiHelpExport
    case .overwriteConfirmation: .tuiHelpReplacingAFile
    case .timer: .tuiHelpFacilitation
    case .textEditor, .discardingText: .tuiHelpWriting
    case .lineEditor: .tuiHelpWritingOneLine
    case .help: .tuiHelpHelp
    case .tooSmall: .tuiHelpSmallTerminal
    }
  }
}
