import CNCursesW
import WorkbookTUI

/// Turns what `get_wch` returns into `Key`s: a wide character (`OK`) or a key code
/// (`KEY_CODE_YES`). Pure, so every mapping is tested without a terminal.
public enum KeyDecoder {
  /// The key for a character `get_wch` returned with `OK`, or nil for one the workbook ignores.
  public static func key(forCharacter value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26: return .control(Character(Unicode.Scalar(UInt8(value) + 96)))
    case 0..<32, 128..<160: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// The key for a key code `get_wch` returned with `KEY_CODE_YES`, or nil for one the workbook
  /// ignores. (`KEY_RESIZE` is not a key: `Terminal` turns it into a resize event.) `name` is the
  /// code's terminfo name (`keyname`): keys with a modifier have codes ncurses assigns as it reads
  /// the terminal description, known only by name ("kLFT5" is Ctrl-Left).
  public static func key(forCode code: Int32, named name: String? = nil) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    // Some terminal descriptions send Home and End as "find" and "select" (the VT220 keypad).
    case KEY_HOME, KEY_FIND: return .home
    case KEY_END, KEY_SELECT: return .end
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case wb_key_f0() + 1...wb_key_f0() + 63: return .function(Int(code - wb_key_f0()))
    default:
      switch name {
      case "kLFT5", "kLFT3": return .wordLeft
      case "kRIT5", "kRIT3": return .wordRight
      default: return nil
      }
    }
  }

  /// The key for Alt (Meta) with a character, which terminals send as Esc then the character:
  /// Alt-b and Alt-f move by words, as in Emacs and readline.
  public static func key(forAltCharacter value: UInt32) -> Key? {
    switch value {
    case 0x62: .wordLeft
    case 0x66: .wordRight
    default: nil
    }
  }
}
