/// CLDR's plural categories, in the order CLDR and MediaWiki list a language's forms.
public enum PluralCategory: String, Sendable, Equatable, CaseIterable {
  case zero
  case one
  case two
  case few
  case many
  case other
}
