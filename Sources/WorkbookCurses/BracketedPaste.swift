import CNCursesW

/// Bracketed paste: a terminal that has it (its description names BE, BD, PS and PE, as xterm's
/// and tmux's do) wraps pasted text in two markers, so a line break in a paste is text, not Enter.
struct BracketedPaste {
  /// What turns it on and off.
  let enable: String
  let disable: String

  static let startCode = wb_key_paste_start()
  static let endCode = wb_key_paste_end()

  /// Teaches ncurses the current terminal's two markers as keys; nil when the terminal has no
  /// bracketed paste.
  init?() {
    guard let enable = wb_string_capability("BE"), let disable = wb_string_capability("BD"),
      let start = wb_string_capability("PS"), let end = wb_string_capability("PE")
    else { return nil }
    define_key(start, Self.startCode)
    define_key(end, Self.endCode)
    self.enable = String(cString: enable)
    self.disable = String(cString: disable)
  }

  /// The text of a paste from the scalars between the markers: a line break (CR, LF or CR LF)
  /// becomes "\n", a tab stays, other control characters are dropped.
  static func text(_ scalars: [Unicode.Scalar]) -> String {
    var text = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in scalars {
      defer { previous = scalar }
      switch scalar {
      case "\n" where previous == "\r": continue
      case "\r", "\n": text.append("\n")
      case "\t": text.append(scalar)
      default:
        if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) { continue }
        text.append(scalar)
      }
    }
    return String(text)
  }
}
