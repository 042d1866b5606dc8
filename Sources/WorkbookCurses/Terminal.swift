import CNCursesW
import WorkbookTUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal while the workbook runs full screen: set up with `newterm` (never `initscr`, which
/// exits the process when it fails), raw keys without echo, and restored by `close()`, which the
/// run loop calls on every way out.
public final class Terminal {
  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private let output: UnsafeMutablePointer<FILE>
  private var renderer: Renderer
  private let bracketedPaste: BracketedPaste?
  /// A character read while assembling the previous one that starts the next key press.
  private var pendingInput: (status: Int32, value: UInt32)?
  private var isClosed = false

  /// How long `nextEvent` waits for a key before returning nil, so the loop can notice signals.
  private static let pollMilliseconds: Int32 = 100
  /// How long ncurses waits after Esc for the rest of an escape sequence. Short, so Esc feels
  /// immediate; escape sequences from a terminal arrive together well within it.
  private static let escapeDelayMilliseconds: Int32 = 25

  /// Takes over the terminal on standard input and output. Refuses when either is not a terminal,
  /// TERM is unknown, or the terminal cannot move the cursor.
  public static func openInteractive(environment: [String: String]) throws(TerminalUnavailable)
    -> Terminal
  {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw .notATerminal
    }
    return try Terminal(
      input: wb_stdin(), output: wb_stdout(), type: environment["TERM"],
      colour: Self.wantsColour(environment))
  }

  /// Sets up ncurses on the given streams (tests pass files opened on /dev/null).
  public init(
    input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>, type: String?,
    colour: Bool
  ) throws(TerminalUnavailable) {
    wb_use_user_locale()
    guard let type, !type.isEmpty else { throw .unknownTerminalType(nil) }
    QuitSignal.installHandlers()
    // The terminal's own size, not LINES and COLUMNS, which a shell may have exported long ago.
    use_tioctl(true)
    guard let screen = newterm(type, output, input) else {
      QuitSignal.removeHandlers()
      throw .unknownTerminalType(type)
    }
    guard wb_string_capability("cup") != nil, let window = wb_stdscr() else {
      endwin()
      delscreen(screen)
      QuitSignal.removeHandlers()
      throw .cannotMoveCursor(type)
    }
    self.screen = screen
    self.window = window
    self.output = output
    raw()
    noecho()
    nonl()
    keypad(window, true)
    set_escdelay(Self.escapeDelayMilliseconds)
    wtimeout(window, Self.pollMilliseconds)
    renderer = Renderer(palette: Palette(colour: colour))
    bracketedPaste = BracketedPaste()
    if let bracketedPaste { write(bracketedPaste.enable) }
    wb_install_crash_handlers()
  }

  /// NO_COLOR (https://no-color.org): any value but the empty string turns colour off.
  public static func wantsColour(_ environment: [String: String]) -> Bool {
    (environment["NO_COLOR"] ?? "").isEmpty
  }

  /// The terminal's size in columns and rows.
  public var size: (width: Int, height: Int) {
    (Int(getmaxx(window)), Int(getmaxy(window)))
  }

  /// Draws a frame, writing only what changed since the last one.
  public func draw(_ frame: ScreenBuffer) {
    renderer.draw(frame, on: window)
  }

  /// The next key or resize, or nil when none came within a tenth of a second (or a signal
  /// interrupted the wait) or the key is one the workbook ignores. Several characters that arrive
  /// together (a paste, or keys typed faster than they are read) come as one `.paste`.
  public func nextEvent() -> TerminalEvent? {
    let (status, value) = pendingInput ?? read()
    pendingInput = nil
    switch status {
    case OK:
      let key = KeyDecoder.key(forCharacter: value)
      if key == .escape, let alt = readAltCharacter() { return .key(alt) }
      guard case .character? = key, let scalar = Unicode.Scalar(value) else {
        return key.map(TerminalEvent.key)
      }
      let text = readText(startingWith: scalar)
      if text.count == 1, let character = text.first { return .key(.character(character)) }
      return .key(.paste(text))
    case KEY_CODE_YES where Int32(value) == BracketedPaste.startCode:
      return readPaste()
    case KEY_CODE_YES where Int32(value) == wb_key_resize():
      renderer.invalidate()
      return .resize(width: size.width, height: size.height)
    case KEY_CODE_YES:
      let name = keyname(Int32(value)).map { String(cString: $0) }
      return KeyDecoder.key(forCode: Int32(value), named: name).map(TerminalEvent.key)
    default:
      return nil
    }
  }

  /// What ncurses holds for a cell after the last draw: lets a check read a frame back.
  public func shownCell(row: Int, column: Int) -> ShownCell {
    var stored = cchar_t()
    guard mvwin_wch(window, Int32(row), Int32(column), &stored) != ERR else {
      return ShownCell(text: "", attributes: [], colourPair: 0)
    }
    var characters = [wchar_t](repeating: 0, count: Int(wb_ccharw_max()) + 1)
    var attributes: attr_t = 0
    var pair: Int16 = 0
    getcchar(&stored, &characters, &attributes, &pair, nil)
    let text = String(
      String.UnicodeScalarView(
        characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
    return ShownCell(
      text: text, attributes: ShownCell.Attributes(attributes), colourPair: Int(pair))
  }

  /// Restores the terminal: the normal screen, echo and line editing. Safe to call more than once.
  public func close() {
    guard !isClosed else { return }
    isClosed = true
    wb_remove_crash_handlers()
    curs_set(1)
    endwin()
    QuitSignal.removeHandlers()
    if let bracketedPaste { write(bracketedPaste.disable) }
    delscreen(screen)
  }

  /// Reads the printable characters that arrived together with `first`, joining combining marks
  /// and emoji sequences into the character they belong to (e + combining acute is one "é"); the
  /// first key that is not text is kept for the next call.
  private func readText(startingWith first: Unicode.Scalar) -> String {
    var text = ""
    var typed = TypedCharacter(first)
    wtimeout(window, 0)
    defer { wtimeout(window, Self.pollMilliseconds) }
    while true {
      let next = read()
      guard next.status == OK, case .character? = KeyDecoder.key(forCharacter: next.value),
        let scalar = Unicode.Scalar(next.value)
      else {
        if next.status != ERR { pendingInput = next }
        return text + String(typed.character)
      }
      if !typed.extend(with: scalar) {
        text.append(typed.character)
        typed = TypedCharacter(scalar)
      }
    }
  }

  /// After Esc, the character that arrived with it (Alt held), if it makes a key; otherwise that
  /// character is kept for the next call and Esc stands alone.
  private func readAltCharacter() -> Key? {
    wtimeout(window, 0)
    defer { wtimeout(window, Self.pollMilliseconds) }
    let next = read()
    if next.status == OK, let key = KeyDecoder.key(forAltCharacter: next.value) { return key }
    if next.status != ERR { pendingInput = next }
    return nil
  }

  /// The text up to the end marker of a bracketed paste, or up to a tenth of a second without input
  /// if the marker never comes.
  private func readPaste() -> TerminalEvent? {
    var scalars: [Unicode.Scalar] = []
    while true {
      let next = read()
      if next.status == OK, let scalar = Unicode.Scalar(next.value) {
        scalars.append(scalar)
      } else if next.status == ERR || Int32(next.value) == BracketedPaste.endCode {
        let text = BracketedPaste.text(scalars)
        return text.isEmpty ? nil : .key(.paste(text))
      }
    }
  }

  /// Sends a control sequence ncurses does not know to the terminal.
  private func write(_ sequence: String) {
    fputs(sequence, output)
    fflush(output)
  }

  private func read() -> (status: Int32, value: UInt32) {
    var value: wint_t = 0
    let status = wget_wch(window, &value)
    return (status, UInt32(value))
  }
}
