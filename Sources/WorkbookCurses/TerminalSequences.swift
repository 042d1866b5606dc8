import CNCursesW
import Glibc

/// The control sequences a frame written in one go needs (`FrameBytes`), read once from the
/// terminal description: how to move the cursor, how to go back to the plain look, and how to
/// set each attribute and colour pair from there.
struct TerminalSequences {
  /// How the cursor is moved to a row and a column.
  enum CursorAddress: Equatable {
    /// `ESC [ row ; column H`, counted from 1: what xterm, tmux, screen, the Linux console and
    /// nearly every terminal since the VT100 describe, formatted here without `tparm`.
    case ansi
    /// Any other description of `cup`, formatted by ncurses.
    case described(String)
  }

  var cursorAddress: CursorAddress
  /// Clears the screen and puts the cursor at the top left.
  var clear: [UInt8]
  /// Attributes off, and the terminal's own colours where the palette uses colour.
  var plain: [UInt8]
  /// Each attribute the terminal can turn on, with its sequence.
  var attributes: [(attribute: attr_t, sequence: [UInt8])]
  /// Each colour pair's sequence, by the pair's number (pair 0 is plain).
  var pairs: [[UInt8]]
  /// Whether writing the bottom-right cell scrolls the screen: automatic margins without the
  /// "newline glitch" that keeps the cursor on the last column.
  var bottomRightScrolls: Bool

  /// The sequences of the terminal ncurses has just set up with `palette`, or nil when a frame
  /// on it needs what only ncurses' own drawing knows: no way to hide the cursor (which has
  /// ncurses send what it holds before the frame, see `Renderer`), a character set other than
  /// UTF-8, attributes that take a cell of their own (`xmc`), colours that turn attributes off
  /// (`ncv`), a tilde it cannot show (`hz`), or colours set other than with `setaf` and `setab`.
  static func ofCurrentTerminal(palette: Palette) -> TerminalSequences? {
    guard String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8",
      let address = capability("cup"), let clear = capability("clear"),
      let plain = capability("sgr0"), capability("civis") != nil,
      wb_number_capability("xmc") <= 0, !wb_flag_capability("hz")
    else { return nil }
    var sequences = TerminalSequences(
      cursorAddress: address == "\u{1B}[%i%p1%d;%p2%dH" ? .ansi : .described(address),
      clear: Array(clear.utf8), plain: Array(plain.utf8), attributes: [], pairs: [[]],
      bottomRightScrolls: wb_flag_capability("am") && !wb_flag_capability("xenl"))
    for (attribute, name) in [
      (wb_a_bold(), "bold"), (wb_a_underline(), "smul"), (wb_a_reverse(), "rev"),
    ] {
      if let sequence = capability(name) {
        sequences.attributes.append((attribute, Array(sequence.utf8)))
      }
    }
    if !palette.pairs.isEmpty {
      guard let original = capability("op"), wb_number_capability("ncv") <= 0,
        let foreground = ColourSetting(capability: "setaf", ansi: "3"),
        let background = ColourSetting(capability: "setab", ansi: "4")
      else { return nil }
      sequences.plain += original.utf8
      for pair in palette.pairs {
        var sequence: [UInt8] = []
        for (colour, setting) in [(pair.foreground, foreground), (pair.background, background)]
        where colour >= 0 {
          guard let formatted = setting.sequence(for: Int(colour)) else { return nil }
          sequence += formatted
        }
        sequences.pairs.append(sequence)
      }
    }
    return sequences
  }

  /// How a terminal sets a foreground (`setaf`) or background (`setab`) colour. Where it sets
  /// the first one as ANSI does (`ESC [ 3 1 m` for red), the eight ANSI colours are formatted by
  /// hand; ncurses' `tparm` takes about 10 K instructions a colour on xterm's description.
  struct ColourSetting {
    let description: String
    /// "3" for a foreground, "4" for a background, where the description is ANSI's.
    let ansi: String?

    init?(capability name: String, ansi digit: String) {
      guard let description = TerminalSequences.capability(name) else { return nil }
      self.description = description
      let red = wb_format_capability(description, 1, 0).map { String(cString: $0) }
      ansi = red == "\u{1B}[\(digit)1m" ? digit : nil
    }

    func sequence(for colour: Int) -> [UInt8]? {
      if let ansi, (0..<8).contains(colour) { return Array("\u{1B}[\(ansi)\(colour)m".utf8) }
      return wb_format_capability(description, Int32(colour), 0).map {
        Array(String(cString: $0).utf8)
      }
    }
  }

  /// The sequence that sets `look` from plain, or nil when the terminal cannot show it this way.
  func setting(_ look: Palette.Look) -> [UInt8]? {
    var sequence = plain
    var left = look.attributes
    for (attribute, setting) in attributes where left & attribute != 0 {
      sequence += setting
      left &= ~attribute
    }
    guard left == 0, pairs.indices.contains(Int(look.colourPair)) else { return nil }
    return sequence + pairs[Int(look.colourPair)]
  }

  /// The sequence that moves the cursor to `row` and `column` (from 0), or nil when ncurses
  /// cannot format it.
  func movingCursor(row: Int, column: Int) -> [UInt8]? {
    switch cursorAddress {
    case .ansi:
      return Array("\u{1B}[\(row + 1);\(column + 1)H".utf8)
    case .described(let address):
      return wb_format_capability(address, Int32(row), Int32(column)).map {
        Array(String(cString: $0).utf8)
      }
    }
  }

  /// A string capability of the current terminal description, nil when it has none.
  static func capability(_ name: String) -> String? {
    wb_string_capability(name).map { String(cString: $0) }
  }
}
