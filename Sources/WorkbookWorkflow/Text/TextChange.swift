/// Text set by meaning, never by keystrokes: what a front end's editor (the full-screen one on
/// its commit key, a line mode from typed lines) hands the workflow once the person is done.
public enum TextChange: Sendable, Equatable {
  /// The answer to reflection question `questionID` is now `text`.
  case reflectionAnswer(questionID: String, text: String)
  /// The note on recommendation `recommendationID` is now `text`.
  case recommendationNote(recommendationID: String, text: String)
  /// Cell `columnID` of the plan row with id `rowID` is now `text` (empty clears it).
  case planCell(rowID: String, columnID: String, text: String)
  /// The facilitator's notes are now `text`.
  case facilitatorNotes(String)
}
