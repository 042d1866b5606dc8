/// What a user can do in the new-session form.
public enum NewSessionAction: Sendable, Equatable {
  case nextField
  case previousField
  /// Text typed into the focused field.
  case type(String)
  case deleteBackward
  case deleteForward
  case cursorLeft
  case cursorRight
  case cursorHome
  case wordLeft
  case wordRight
  case cursorEnd
  /// The next or previous option of the focused choice (mode, anonymous, strategy).
  case nextChoice
  case previousChoice
  /// Enter: the next field, a new participant, or creating the session, by where the focus is.
  case enter
  case addParticipant
  case removeParticipant
  case cancel
}
