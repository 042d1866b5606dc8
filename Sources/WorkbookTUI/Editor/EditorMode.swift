/// How a field takes text: one line that Enter saves, or paragraphs where Enter starts a new line.
public enum EditorMode: Sendable, Equatable {
  /// A name, a title, a short answer: Enter saves; line breaks pasted in become spaces.
  case singleLine
  /// An answer, a note, a plan cell: Enter starts a new line and Ctrl-D saves.
  case multiLine
}
