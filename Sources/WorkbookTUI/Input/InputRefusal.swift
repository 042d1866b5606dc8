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
      StatusMessage("Not taken: \(key.label) came with other keys; press it alone.", isError: true)
    case .question:
      StatusMessage("Not taken: keys came together; answer with one key.", isError: true)
    }
  }

  /// Where a paste would go on this screen.
  private var pasteAdvice: String {
    switch Keymap.contexts(for: self).first {
    case .start: "Paste ignored here: n starts a new session."
    case .newSession, .choiceField: "Paste ignored here: Tab moves to a text field."
    case .overview: "Paste ignored here: f writes the notes."
    case .reflection, .quickChoice: "Paste ignored here: Enter writes the answer."
    case .recommendations: "Paste ignored here: Enter writes a note."
    case .plan where workbook?.session.plan.isEmpty == true:
      "Paste ignored here: a adds a row to write in."
    case .plan, .planCard: "Paste ignored here: Enter writes in the cell."
    case .export: "Paste ignored here: f changes the file name."
    case .deletion, .revealConfirmation, .overwriteConfirmation: "Paste ignored: answer y or n."
    case .help: "Paste ignored: Esc closes the help."
    default: "Paste ignored: this screen takes keys, not text."
    }
  }
}
