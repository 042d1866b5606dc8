/// What a piece of text is, not how it looks: the terminal adapter decides colours and attributes,
/// and falls back to bold, reverse and underline when colours are off (NO_COLOR) or missing.
public enum TextStyle: Sendable, Equatable, Hashable, CaseIterable {
  case normal
  /// Titles and headings.
  case heading
  /// Hints, secondary text, placeholders: set apart from the text around them but never dim, as a
  /// projector washes dim text out.
  case muted
  /// The selected row.
  case selected
  /// The current step on the step bar: it breaks the bar (the bar's opposite) and is bold.
  case currentStep
  /// Keys in hints, links, the focus of attention.
  case accent
  /// High scores, saved state, success.
  case good
  /// Low scores, errors, failed saves.
  case bad
  /// Items to discuss (the team split), warnings.
  case warning
  /// The step bar and the status line.
  case bar
}
