import CNCursesW
import Glibc
import WorkbookRuntime
import WorkbookTUI

/// The terminal while the workbook runs full screen: set up with `newterm` (never `initscr`, which
/// exits the process when it fails), raw keys without echo, and restored by `close()`, which the
/// run loop calls on every way out.
public final class Terminal {
  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private let output: UnsafeMutablePointer<FILE>
  /// The input's file descriptor, watched for the terminal going away.
  private let inputDescriptor: Int32
  private var renderer: Renderer
  private let bracketedPaste: BracketedPaste?
  /// Whether bracketed paste has been turned on: once the first frame is written, not as the
  /// terminal is set up, since a write before the first frame wakes whatever reads the terminal
  /// while the frame is still being made (docs/performance.md).
  private var bracketedPasteIsOn = false
  /// Input read while finishing the key before (or ending a burst) that begins the next one.
  private var pendingInput: (status: Int32, value: UInt32)?
  private var isClosed = false
  /// Whether ncurses decodes the keypad's keys yet (`decodeKeypad`).
  private var decodesKeypad = false

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

  /// Takes the user's locale for what the terminal needs of it: the character type (ncurses,
  /// wcwidth) and the messages (strerror in an error's reason). Also done when a terminal is set
  /// up; a program that reads files on another thread meanwhile does it first. Done once: setting
  /// the locale while another thread reads it is undefined.
  public static func useUserLocale() {
    _ = userLocaleTaken
  }

  private static let userLocaleTaken: Void = wb_use_user_locale()

  /// Sets up ncurses on the given streams (tests pass files opened on /dev/null).
  /// `firstFrameInOneWrite` is false only for the tests that hold the first frame written in one
  /// go to ncurses' own drawing of it.
  public init(
    input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>, type: String?,
    colour: Bool, firstFrameInOneWrite: Bool = true
  ) throws(TerminalUnavailable) {
    Self.useUserLocale()
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
    inputDescriptor = fileno(input)
    raw()
    noecho()
    nonl()
    set_escdelay(Self.escapeDelayMilliseconds)
    wtimeout(window, Self.pollMilliseconds)
    // The screen is cleared at the first update anyway. Marked so now, ncurses does not go over
    // every cell it holds for each colour pair set up next (0.1 M instructions).
    clearok(wb_curscr(), true)
    let palette = Palette(colour: colour)
    renderer = Renderer(
      palette: palette,
      firstFrameSequences: firstFrameInOneWrite
        ? TerminalSequences.ofCurrentTerminal(palette: palette) : nil,
      output: fileno(output))
    bracketedPaste = BracketedPaste()
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
    draw(frame, byRuns: true)
  }

  /// `draw`, with `byRuns` false only for the test that holds the runs of ASCII to the drawing
  /// cell by cell.
  func draw(_ frame: ScreenBuffer, byRuns: Bool) {
    renderer.draw(frame, on: window, byRuns: byRuns)
    if !bracketedPasteIsOn, let bracketedPaste {
      write(bracketedPaste.enable)
      bracketedPasteIsOn = true
    }
  }

  /// Has ncurses decode the keypad's keys (arrows, Home, F1…) from the first read on, not from
  /// the terminal's set-up: it builds ncurses' table of every key the terminal description
  /// names, which the first frame does not need (docs/performance.md).
  private func decodeKeypad() {
    guard !decodesKeypad else { return }
    decodesKeypad = true
    keypad(window, true)
  }

  /// Whether the terminal has gone away (its other end closed: a window closed, an ssh link
  /// dropped) without a SIGHUP, as when the workbook is not the terminal's session leader. Reads
  /// then fail at once instead of waiting, so without this check the loop would spin.
  public var hasHungUp: Bool {
    var watched = pollfd(fd: inputDescriptor, events: Int16(POLLIN), revents: 0)
    guard poll(&watched, 1, 0) >= 0 else { return false }
    return watched.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
  }

  /// Rings the terminal's bell once (or flashes the screen where there is no bell).
  public func ringBell() {
    beep()
  }

  /// The next key, keys or resize, or nil when none came within a tenth of a second (or a signal
  /// interrupted the wait) or the key is one the workbook ignores. Keys already waiting behind the
  /// first arrived with it (typed faster than they were read, or a paste the terminal did not
  /// mark) and come together as one `.burst`; a bracketed paste and a resize come on their own.
  public func nextEvent() -> TerminalEvent? {
    let first = event(from: takeInput(waiting: true))
    guard case .key(let key)? = first else { return first }
    if case .paste = key { return first }
    var keys = [key]
    while true {
      let next = takeInput(waiting: false)
      if next.status == ERR { break }
      if startsAnEventOfItsOwn(next) {
        pendingInput = next
        break
      }
      if case .key(let key)? = event(from: next) { keys.append(key) }
    }
    return keys.count == 1 ? .key(key) : .burst(keys)
  }

  /// The event one read begins: a key (reading the rest of a character, or the character typed
  /// with Alt), a whole bracketed paste, or a resize.
  private func event(from input: (status: Int32, value: UInt32)) -> TerminalEvent? {
    switch input.status {
    case OK:
      let key = KeyDecoder.key(forCharacter: input.value)
      if key == .escape, let alt = readAltCharacter() { return .key(alt) }
      guard case .character? = key, let scalar = Unicode.Scalar(input.value) else {
        return key.map(TerminalEvent.key)
      }
      return .key(.character(readCharacter(startingWith: scalar)))
    case KEY_CODE_YES where Int32(input.value) == BracketedPaste.startCode:
      return readPaste()
    case KEY_CODE_YES where Int32(input.value) == wb_key_resize():
      renderer.invalidate()
      return .resize(width: size.width, height: size.height)
    case KEY_CODE_YES:
      let name = keyname(Int32(input.value)).map { String(cString: $0) }
      return KeyDecoder.key(forCode: Int32(input.value), named: name).map(TerminalEvent.key)
    default:
      return nil
    }
  }

  /// Whether the input starts a paste or a resize, which never join a burst of keys.
  private func startsAnEventOfItsOwn(_ input: (status: Int32, value: UInt32)) -> Bool {
    input.status == KEY_CODE_YES
      && [BracketedPaste.startCode, wb_key_resize()].contains(Int32(input.value))
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
    if bracketedPasteIsOn, let bracketedPaste { write(bracketedPaste.disable) }
    delscreen(screen)
  }

  /// The character `first` begins, with the combining marks and emoji parts that arrived with it
  /// (e + combining acute is one "é"); what follows that is not part of it is kept for the next
  /// read.
  private func readCharacter(startingWith first: Unicode.Scalar) -> Character {
    var typed = TypedCharacter(first)
    while true {
      let next = read(waiting: false)
      guard next.status == OK, case .character? = KeyDecoder.key(forCharacter: next.value),
        let scalar = Unicode.Scalar(next.value), typed.extend(with: scalar)
      else {
        if next.status != ERR { pendingInput = next }
        return typed.character
      }
    }
  }

  /// After Esc, the character that arrived with it (Alt held), if it makes a key; otherwise that
  /// character is kept for the next read and Esc stands alone.
  private func readAltCharacter() -> Key? {
    let next = read(waiting: false)
    if next.status == OK, let key = KeyDecoder.key(forAltCharacter: next.value) { return key }
    if next.status != ERR { pendingInput = next }
    return nil
  }

  /// The text up to the end marker of a bracketed paste, or up to a tenth of a second without input
  /// if the marker never comes.
  private func readPaste() -> TerminalEvent? {
    var scalars: [Unicode.Scalar] = []
    while true {
      let next = read(waiting: true)
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

  /// The input kept from the read before, else a new read.
  private func takeInput(waiting: Bool) -> (status: Int32, value: UInt32) {
    if let pending = pendingInput {
      pendingInput = nil
      return pending
    }
    return read(waiting: waiting)
  }

  /// One read: waiting up to a tenth of a second for input, or taking only what is there.
  private func read(waiting: Bool) -> (status: Int32, value: UInt32) {
    decodeKeypad()
    wtimeout(window, waiting ? Self.pollMilliseconds : 0)
    var value: wint_t = 0
    let status = wget_wch(window, &value)
    return (status, UInt32(value))
  }
}
