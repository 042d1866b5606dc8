import WorkbookWorkflow

/// What changes the plain front end's state: a line the person typed, the end of their input, or
/// the result of an effect it asked for.
public enum PlainAction: Sendable, Equatable {
  /// One line, without its line break.
  case line(String)
  /// Ctrl-D on a terminal, the end of a script, or a signal: a text being typed is kept as far as
  /// it got, then the workbook leaves (everything else was saved as it changed).
  case endOfInput
  case result(EffectResult)
}
