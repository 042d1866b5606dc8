/// Text on its way to a terminal, where some characters are commands rather than text: ESC starts
/// escape sequences (a window title, a cleared screen, the clipboard), other C0 and C1 controls
/// move the cursor or ring the bell, direction controls reorder what a terminal with bidirectional
/// support shows, and line separators start a line in some readers. Every such character is
/// shown as a visible escape, `\u{1B}`, so the text reads as what it holds and does nothing.
/// Every way text leaves for a terminal goes through here: the command line's output and the
/// full-screen workbook's cells alike.
public enum TerminalText {
  /// Whether a terminal could act on `scalar` instead of showing it: C0 controls, DEL, C1
  /// controls, Unicode's bidirectional controls (the marks U+061C, U+200E, U+200F, the
  /// embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069) and the line and
  /// paragraph separators U+2028 and U+2029.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x20, 0x7F..<0xA0: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    case 0x2028, 0x2029: true
    default: false
    }
  }

  /// How an unsafe character is shown: `\u{` its code point in hexadecimal (at least two digits)
  /// `}`, as Swift and JavaScript write it. A backslash typed as text stays as it is, so these
  /// escapes are for reading, not for decoding.
  public static func escape(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return "\\u{" + (digits.count < 2 ? "0" + digits : digits) + "}"
  }

  /// How an unsafe character is shown in one cell of the full-screen workbook, where an escape
  /// several columns wide would move everything after it: a C0 control or DEL as its Unicode
  /// control picture (ESC as "␛", a line feed as "␊", a tab as "␉"), anything else unsafe (C1
  /// controls, direction controls, line separators) as "�". A carriage return and line feed
  /// together are one character, shown as "␊".
  public static func symbol(for character: Character) -> Character {
    guard let last = character.unicodeScalars.last else { return "\u{FFFD}" }
    switch last.value {
    case 0x00..<0x20: return Character(Unicode.Scalar(0x2400 + last.value) ?? "\u{FFFD}")
    case 0x7F: return "\u{2421}"
    default: return "\u{FFFD}"
    }
  }

  /// A value that sits inside a line (a title, a name, a file name, a CSV cell): every unsafe
  /// character, line breaks and tabs included, is shown as its escape, so the value can neither
  /// send a command nor start a line of its own.
  public static func field(_ text: some StringProtocol) -> String {
    var text = String(text)
    return isPlain(&text, keepingLayout: false) ? text : escaping(text) { _ in false }
  }

  /// Text of several lines laid out by the workbook (a report, a message): line feeds and tabs
  /// stay as the layout, a carriage return before a line feed is dropped (the terminal ends lines
  /// itself), and every other unsafe character is shown as its escape.
  public static func document(_ text: some StringProtocol) -> String {
    var text = String(text)
    return isPlain(&text, keepingLayout: true)
      ? text : escaping(text) { $0 == "\n" || $0 == "\t" || $0 == "\r\n" }
  }

  /// Whether `text` is printable ASCII only (with `keepingLayout`, line feeds and tabs too), which
  /// `escaping` gives back as it is: each such byte is a character of its own, safe or kept.
  /// Found by its bytes, so most text, a whole listing included, is never taken apart into
  /// characters.
  static func isPlain(_ text: inout String, keepingLayout: Bool) -> Bool {
    text.withUTF8 { bytes in
      for byte in bytes where byte < 0x20 || byte >= 0x7F {
        guard keepingLayout && (byte == 0x0A || byte == 0x09) else { return false }
      }
      return true
    }
  }

  /// `text` with each character that holds an unsafe scalar written as escapes, except the
  /// characters `keeps` lets through ("\r\n" is one character, kept as "\n").
  static func escaping(_ text: some StringProtocol, keeping keeps: (Character) -> Bool)
    -> String
  {
    // Most text holds nothing to escape: give it back without building a new string.
    guard text.unicodeScalars.contains(where: isUnsafe) else { return String(text) }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      guard character.unicodeScalars.contains(where: isUnsafe) else {
        result.append(character)
        continue
      }
      if keeps(character) {
        result.append(character == "\r\n" ? "\n" : character)
        continue
      }
      for scalar in character.unicodeScalars {
        if isUnsafe(scalar) {
          result += escape(scalar)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
