import WorkbookCore

/// Why input was not taken: pasted text outside a text field, or keys that came together where a
/// key of its own is needed (see `KeyBurst`). The status line says so, worded for the screen.
public enum InputRefusal: Sendable, Equatable {
  /// Text pasted (or a burst that reads as text) where there is no text field.
  case pastedText
  /// A destructive, revealing or leaving key that came with other keys.
  case notAlone(Key)
  /// Keys that came together while a question was on screen.
  case question
}

extension AppState {
  /// The status line's words for a refusal: what was not taken, and what to do instead.
  func message(for refusal: InputRefusal) -> StatusMessage {
    switch refusal {
    case .pastedText: StatusMessage(pasteAdvice, isError: true)
    case .notAlone(let key):
      StatusMessage(.tuiNotTakenAlone, key.label, isError: true)
    case .question:
      StatusMessage(.tuiNotTakenTogether, isError: true)
    }
  }

  /// Where a paste would go on this screen.
  private var pasteAdvice: MessageKey {
    switch Keymap.contexts(for: self).first {
    case .start: .tuiPasteStart
    case .newSession, .choiceField: .tuiPasteForm
    case .overview: .tuiPasteOverview
    case .reflection, .quickChoice: .tuiPasteReflection
    case .recommendations: .tuiPasteRecommendations
    case .plan where workbook?.session.plan.isEmpty == true:
      .tuiPasteEmptyPlan
    case .plan, .planCard: .tuiPastePlan
    case .export: .tuiPasteExport
    case .deletion, .revealConfirmation, .overwriteConfirmation: .tuiPasteQuestion
    case .help: .tuiPasteHelp
    default: .tuiPasteElsewhere
    }
  }
}
