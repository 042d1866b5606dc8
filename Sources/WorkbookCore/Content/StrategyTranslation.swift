/// What a strategy shown in another language than its source file's says about that translation:
/// its language, the translators' note, and which texts are still in the source's words. A front
/// end or an export marks those texts (“not translated”) rather than passing them off as translated.
public struct StrategyTranslation: Sendable, Equatable, Codable {
  /// The translation's language tag, such as `de` or `fr`.
  public var language: String
  /// The translation file's own note: who made it and that it is open to review.
  public var note: String
  /// The ids of the parts whose text, in whole or in part, is the source's because the translation
  /// lacks it, in file order. Section texts go by the section's id (`introduction`, `plan`, …), the
  /// title and attribution by `title` and `attribution`, the scale's labels by `scale`.
  public var untranslatedIDs: [String]

  public init(language: String, note: String, untranslatedIDs: [String] = []) {
    self.language = language
    self.note = note
    self.untranslatedIDs = untranslatedIDs
  }

  /// Whether the text of the part `id` is (at least partly) still in the source's words.
  public func isUntranslated(_ id: String) -> Bool { untranslatedIDs.contains(id) }

  /// Whether every text of the strategy is translated.
  public var isComplete: Bool { untranslatedIDs.isEmpty }
}
