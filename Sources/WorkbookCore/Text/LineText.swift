/// The rule for text that names something on one line (a session's title, its organization, a
/// participant's name): no control characters (line breaks and tabs included), no direction
/// embeddings, overrides or isolates, no line or paragraph separators. Such a character could
/// hide or reorder what the name shows wherever it appears, so it is refused where the text is
/// typed or imported. The right-to-left and left-to-right marks (U+200E, U+200F, U+061C) are
/// allowed: they belong to ordinary Arabic and Hebrew writing and reorder only the punctuation
/// around them (terminals still show them as escapes; see `TerminalText`).
public enum LineText {
  /// Whether `scalar` may not be part of a one-line name.
  public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200E, 0x200F: false
    default: TerminalText.isUnsafe(scalar)
    }
  }

  /// The first character `text` may not hold, if any.
  public static func forbiddenScalar(in text: some StringProtocol) -> Unicode.Scalar? {
    text.unicodeScalars.first(where: isForbidden)
  }

  /// What a person is told when `field` ("the title", "participant 2's name") holds a forbidden
  /// character, or nil when it holds none: which character, what it is, what to do.
  public static func problem(in text: some StringProtocol, field: String) -> String? {
    guard let scalar = forbiddenScalar(in: text) else { return nil }
    return "\(field) holds \(kind(of: scalar)) (\(codePoint(scalar))); type it without it"
  }

  /// "U+001B": how Unicode names a code point.
  public static func codePoint(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  private static func kind(of scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x0A, 0x0D: "a line break"
    case 0x09: "a tab"
    case 0x1B: "an escape character"
    case 0x2028, 0x2029: "a line separator"
    case 0x202A...0x202E, 0x2066...0x2069: "a text direction override"
    default: "a control character"
    }
  }
}
