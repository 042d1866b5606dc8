/// What a piece of text is, not how it looks: the terminal adapter decides colours and attributes,
/// and falls back to bold, reverse and underline when colours are off (NO_COLOR) or missing.
public enum TextStyle: Sendable, Equatable, Hashable, CaseIterable {
  case normal
  /// Titles and headings.
  case heading
  /// Hints, secondary text, placeholders.
  case muted
  /// The selected row or the current step.
  case selected
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
