/// Builds one typed character from the scalars `get_wch` returns one at a time. A keyboard or an
/// input method may send "é" as "e" then a combining acute, or an emoji with a skin tone or joined
/// by zero-width joiners as several scalars; they belong to one `Character`, one key press.
struct TypedCharacter {
  private(set) var text: String

  init(_ first: Unicode.Scalar) {
    text = String(first)
  }

  /// Adds `scalar` if it continues the character (Unicode's grapheme rules say so); returns false,
  /// adding nothing, if it starts a new one.
  mutating func extend(with scalar: Unicode.Scalar) -> Bool {
    var extended = text
    extended.unicodeScalars.append(scalar)
    guard extended.count == 1 else { return false }
    text = extended
    return true
  }

  var character: Character { Character(text) }
}
