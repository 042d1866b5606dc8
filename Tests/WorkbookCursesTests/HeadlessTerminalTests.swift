import CNCursesW
import Glibc
import Testing
import WorkbookTUI

@testable import WorkbookCurses

/// ncurses driven without a terminal: output to /dev/null (or a file of typed bytes as input), then
/// the cells read back from ncurses. Serialized: ncurses keeps one current screen per process.
@Suite(.serialized) struct HeadlessTerminalTests {
  @Test func drawsCJKAccentsAndEmojiIntoTheRightCells() throws {
    try withTerminal { terminal in
      let (width, height) = terminal.size
      var frame = ScreenBuffer(width: width, height: height)
      frame.put("Café 中文 e\u{301}!", row: 1, column: 2)
      frame.put("😀x", row: 2, column: 0)
      terminal.draw(frame)

      // "Café 中文 é!" from column 2: C a f é ␠ 中(2) 文(2) ␠ é ! → columns 2…14.
      let expected: [(Int, String)] = [
        (2, "C"), (3, "a"), (4, "f"), (5, "é"), (6, " "), (7, "中"), (9, "文"), (11, " "),
        (12, "e\u{301}"), (13, "!"),
      ]
      for (column, text) in expected {
        #expect(terminal.shownCell(row: 1, column: column).text == text, "column \(column)")
      }
      #expect(terminal.shownCell(row: 2, column: 0).text == "😀")
      #expect(terminal.shownCell(row: 2, column: 2).text == "x")
    }
  }

  @Test func redrawingReplacesWideCharactersAndTheirRightHalves() throws {
    try withTerminal { terminal in
      let (width, height) = terminal.size
      var wide = ScreenBuffer(width: width, height: height)
      wide.put("中文", row: 0, column: 0)
      terminal.draw(wide)
      var narrow = ScreenBuffer(width: width, height: height)
      narrow.put("abcd", row: 0, column: 0)
      terminal.draw(narrow)
      #expect((0..<4).map { terminal.shownCell(row: 0, column: $0).text } == ["a", "b", "c", "d"])

      terminal.draw(wide)
      #expect(terminal.shownCell(row: 0, column: 0).text == "中")
      #expect(terminal.shownCell(row: 0, column: 2).text == "文")
    }
  }

  @Test func anEmojiTheCLibraryMeasuresNarrowKeepsTheRowAligned() throws {
    try withTerminal { terminal in
      let (width, height) = terminal.size
      var frame = ScreenBuffer(width: width, height: height)
      // ❤️ (U+2764 U+FE0F) is two columns in the buffer; glibc's wcwidth says one.
      frame.put("❤️x", row: 0, column: 0)
      terminal.draw(frame)
      #expect(terminal.shownCell(row: 0, column: 0).text == "❤")
      #expect(terminal.shownCell(row: 0, column: 1).text == " ")
      #expect(terminal.shownCell(row: 0, column: 2).text == "x")
    }
  }

  /// A frame drawn whole (the first, or after a resize) leaves its plain blanks to the erased
  /// window rather than drawing them: none of the frame before shows through, and a blank in a
  /// style of its own (a bar) is still drawn in that style.
  @Test(arguments: [false, true])
  func aWholeRepaintShowsOnlyTheNewFrame(colour: Bool) throws {
    try withTerminal(colour: colour) { terminal in
      let (width, height) = terminal.size
      var full = ScreenBuffer(width: width, height: height)
      for row in 0..<height {
        full.put(String(repeating: "x", count: width), row: row, column: 0, style: .warning)
      }
      terminal.draw(full)
      // Another size: the renderer repaints the whole window.
      var sparse = ScreenBuffer(width: width, height: height - 1)
      sparse.put("kept", row: 1, column: 2)
      sparse.fill(row: 3, style: .bar)
      terminal.draw(sparse)
      for row in 0..<height - 1 where row != 3 {
        for column in 0..<width where row != 1 || !(2..<6).contains(column) {
          let shown = terminal.shownCell(row: row, column: column)
          #expect(
            shown.text == " " && shown.attributes == [] && shown.colourPair == 0,
            "\(row), \(column)")
        }
      }
      #expect((2..<6).map { terminal.shownCell(row: 1, column: $0).text } == ["k", "e", "p", "t"])
      #expect(
        (0..<width).allSatisfy { terminal.shownCell(row: 3, column: $0).attributes == .reverse })
    }
  }

  /// Runs of printable ASCII in one style, handed to ncurses as strings, and characters of one
  /// scalar handed over alone, leave every cell as the general drawing cell by cell leaves it, and
  /// the same bytes go to the terminal: whole repaints and changes, in every style, beside wide
  /// characters, accents, arrows and blanks in a style of their own.
  @Test(arguments: [false, true])
  func runsOfASCIIDrawWhatCellsDraw(colour: Bool) throws {
    let outputs = ["runs", "cells"].map { "/tmp/workbook-curses-\($0)-\(getpid())" }
    defer { for output in outputs { unlink(output) } }
    var shown: [[[ShownCell]]] = []
    for (output, byRuns) in zip(outputs, [true, false]) {
      var cells: [[ShownCell]] = []
      try withTerminal(colour: colour, outputPath: output, firstFrameInOneWrite: false) {
        terminal in
        let (width, height) = terminal.size
        for frame in Self.frames(width: width, height: height) {
          terminal.draw(frame, byRuns: byRuns)
          cells.append(
            (0..<frame.height).flatMap { row in
              (0..<frame.width).map { terminal.shownCell(row: row, column: $0) }
            })
        }
      }
      shown.append(cells)
    }
    #expect(shown[0] == shown[1])
    let bytes = try outputs.map(Self.bytes(of:))
    #expect(bytes[0].count > 1000)
    #expect(bytes[0] == bytes[1])
  }

  /// The first frame written in one go is written once, and leaves ncurses holding what its own
  /// drawing would: the frames after it are written byte for byte as after ncurses' own first
  /// frame.
  @Test(arguments: [false, true])
  func framesAfterAFirstFrameWrittenInOneGoAreWrittenAsAfterNcursesOwn(colour: Bool) throws {
    let outputs = ["one-write", "ncurses"].map { "/tmp/workbook-curses-\($0)-\(getpid())" }
    defer { for output in outputs { unlink(output) } }
    var firstFrames: [[UInt8]] = []
    var afterwards: [[UInt8]] = []
    for (output, inOneWrite) in zip(outputs, [true, false]) {
      var firstFrameEnd = 0
      try withTerminal(colour: colour, outputPath: output, firstFrameInOneWrite: inOneWrite) {
        terminal in
        let (width, height) = terminal.size
        let frames = Self.frames(width: width, height: height)
        terminal.draw(frames[0])
        var status = stat()
        stat(output, &status)
        firstFrameEnd = Int(status.st_size)
        for frame in frames.dropFirst() { terminal.draw(frame) }
      }
      let bytes = try Self.bytes(of: output)
      firstFrames.append(Array(bytes[..<firstFrameEnd]))
      afterwards.append(Array(bytes[firstFrameEnd...]))
    }
    #expect(firstFrames[0] != firstFrames[1])
    // Written once: ncurses, holding it shown, does not draw it again.
    let firstLine = Array("Style 0: some text,  two  spaces".utf8)
    #expect(firstFrames[0].ranges(of: firstLine).count == 1)
    #expect(afterwards[1].count > 200)
    #expect(afterwards[0] == afterwards[1])
  }

  /// The cursor's moves formatted by hand for the usual description of `cup` are ncurses' own.
  @Test func theCursorAddressFormattedByHandIsTheTerminalDescriptions() throws {
    try withTerminal { _ in
      let address = String(cString: try #require(wb_string_capability("cup")))
      #expect(
        TerminalSequences.ofCurrentTerminal(palette: Palette(colour: false))?.cursorAddress == .ansi
      )
      let byHand = TerminalSequences(
        cursorAddress: .ansi, clear: [], plain: [], attributes: [], pairs: [[]],
        bottomRightScrolls: false)
      var described = byHand
      described.cursorAddress = .described(address)
      for (row, column) in [(0, 0), (0, 79), (9, 10), (23, 0), (99, 199)] {
        let moving = byHand.movingCursor(row: row, column: column)
        #expect(moving == described.movingCursor(row: row, column: column))
        #expect(moving == Array("\u{1B}[\(row + 1);\(column + 1)H".utf8))
      }
    }
  }

  /// The eight ANSI colours formatted by hand are those ncurses formats from the description.
  @Test(arguments: ["xterm-256color", "tmux-256color", "screen-256color", "linux", "xterm"])
  func coloursFormattedByHandAreTheTerminalDescriptions(type: String) throws {
    try withTerminal(type: type) { _ in
      for (name, digit) in [("setaf", "3"), ("setab", "4")] {
        let setting = try #require(TerminalSequences.ColourSetting(capability: name, ansi: digit))
        #expect(setting.ansi == digit, "\(type) \(name)")
        for colour in 0..<8 {
          let described = wb_format_capability(setting.description, Int32(colour), 0).map {
            Array(String(cString: $0).utf8)
          }
          #expect(setting.sequence(for: colour) == described, "\(type) \(name) \(colour)")
        }
      }
    }
  }

  /// Frames that change in every way a draw meets: text in each style, runs cut by a style, a
  /// wide character or an accent, blanks in a style, then a few cells changed, then another size.
  private static func frames(width: Int, height: Int) -> [ScreenBuffer] {
    var first = ScreenBuffer(width: width, height: height)
    for (row, style) in TextStyle.allCases.enumerated() {
      first.put("Style \(row): some text,  two  spaces", row: row, column: 1, style: style)
    }
    let next = TextStyle.allCases.count
    first.put("ASCII 中文 then é and e\u{301} end", row: next, column: 0)
    first.put("bold", row: next + 1, column: 0, style: .heading)
    first.put("accent", row: next + 1, column: 4, style: .accent)
    first.put("   ", row: next + 1, column: 10, style: .normal)
    first.put("x", row: next + 1, column: 13, style: .bad)
    first.fill(row: next + 2, style: .bar)
    first.put(" Saved ", row: next + 2, column: width - 7, style: .bar)
    first.put("↑↓ scroll · ← → … █ ↔", row: next + 3, column: 0, style: .accent)
    first.put(String(repeating: "y", count: width), row: height - 1, column: 0, style: .muted)
    var changed = first
    changed.put("Style 0: other", row: 0, column: 1)
    changed.put("中", row: next, column: 6)
    changed.put("  ", row: next + 1, column: 2, style: .selected)
    changed.put("z", row: height - 1, column: width - 1, style: .warning)
    var smaller = ScreenBuffer(width: width, height: height - 1)
    smaller.put("A smaller frame, drawn whole", row: 2, column: 3, style: .good)
    return [first, changed, first, smaller, smaller]
  }

  @Test func controlCharactersInTextNeverReachTheTerminal() throws {
    try withTerminal { terminal in
      let (width, height) = terminal.size
      var frame = ScreenBuffer(width: width, height: height)
      frame.put("a\u{1B}[2Jb", row: 0, column: 0)
      terminal.draw(frame)
      #expect(terminal.shownCell(row: 0, column: 1).text == "␛")
      #expect(terminal.shownCell(row: 0, column: 2).text == "[")
    }
  }

  /// The bytes ncurses writes for a frame full of hostile text: none of the text's own escape
  /// sequences, C1 controls or direction controls is among them.
  @Test func noControlSequenceOfTheTextIsWrittenToTheTerminal() throws {
    let outputPath = "/tmp/workbook-curses-output-\(getpid())"
    defer { unlink(outputPath) }
    let hostile =
      "T\u{1B}]0;pwned\u{07}\u{1B}]52;c;ZXZpbA==\u{1B}\\\u{9B}2J\u{202E}evil\u{2066}x\u{2069}\u{2028}y"
    try withTerminal(outputPath: outputPath) { terminal in
      let (width, height) = terminal.size
      var frame = ScreenBuffer(width: width, height: height)
      frame.put(hostile, row: 3, column: 0)
      terminal.draw(frame)
    }
    let text = String(decoding: try Self.bytes(of: outputPath), as: UTF8.self)
    // ncurses writes its own CSI sequences (ESC [) to move and style; no OSC (ESC ]) is its.
    #expect(!text.contains("\u{1B}]"))
    #expect(!text.contains("\u{07}"))
    #expect(!text.unicodeScalars.contains { (0x80..<0xA0).contains($0.value) })
    for scalar in ["\u{202E}", "\u{2066}", "\u{2069}", "\u{2028}"] {
      #expect(!text.contains(scalar), "\(scalar.unicodeScalars.first!.value)")
    }
    #expect(text.contains("T␛]0;pwned␇␛]52;c;ZXZpbA==␛\\�2J�evil�x��y"))
  }

  @Test func withoutColourStylesFallBackToAttributes() throws {
    try withTerminal(colour: false) { terminal in
      let (width, height) = terminal.size
      var frame = ScreenBuffer(width: width, height: height)
      frame.put("H", row: 0, column: 0, style: .heading)
      frame.put("S", row: 0, column: 1, style: .selected)
      frame.put("W", row: 0, column: 2, style: .warning)
      terminal.draw(frame)
      #expect(terminal.shownCell(row: 0, column: 0).attributes == .bold)
      #expect(terminal.shownCell(row: 0, column: 1).attributes == .reverse)
      #expect(terminal.shownCell(row: 0, column: 2).attributes == [.bold, .underline])
      #expect((0..<3).allSatisfy { terminal.shownCell(row: 0, column: $0).colourPair == 0 })
    }
  }

  @Test(arguments: [false, true])
  func theCurrentStepBreaksTheBarAndNothingIsDim(colour: Bool) throws {
    try withTerminal(colour: colour) { terminal in
      let (width, height) = terminal.size
      var frame = ScreenBuffer(width: width, height: height)
      for (column, style) in TextStyle.allCases.enumerated() {
        frame.put("x", row: 0, column: column, style: style)
      }
      terminal.draw(frame)
      let shown = TextStyle.allCases.indices.map { terminal.shownCell(row: 0, column: $0) }
      #expect(shown.allSatisfy { !$0.attributes.contains(.dim) })
      let bar = shown[TextStyle.allCases.firstIndex(of: .bar)!]
      let current = shown[TextStyle.allCases.firstIndex(of: .currentStep)!]
      #expect(bar.attributes.contains(.reverse))
      #expect(!current.attributes.contains(.reverse))
      #expect(current.attributes.isSuperset(of: [.bold, .underline]))
    }
  }

  @Test func withColourWarningsAreColoured() throws {
    try withTerminal(colour: true) { terminal in
      let (width, height) = terminal.size
      var frame = ScreenBuffer(width: width, height: height)
      frame.put("W", row: 0, column: 0, style: .warning)
      terminal.draw(frame)
      #expect(terminal.shownCell(row: 0, column: 0).colourPair != 0)
    }
  }

  @Test func aTerminalWithoutColoursGetsAttributesEvenWhenColourIsWanted() throws {
    try withTerminal(type: "vt100", colour: true) { terminal in
      let (width, height) = terminal.size
      var frame = ScreenBuffer(width: width, height: height)
      frame.put("W", row: 0, column: 0, style: .warning)
      terminal.draw(frame)
      #expect(terminal.shownCell(row: 0, column: 0).colourPair == 0)
      #expect(terminal.shownCell(row: 0, column: 0).attributes == [.bold, .underline])
    }
  }

  @Test func noColorTurnsColourOff() {
    #expect(Terminal.wantsColour([:]))
    #expect(Terminal.wantsColour(["NO_COLOR": ""]))
    #expect(!Terminal.wantsColour(["NO_COLOR": "1"]))
  }

  @Test func typedBytesBecomeKeys() throws {
    // An arrow (xterm's keypad mode), Backspace, Ctrl-C, Tab, Enter, Ctrl-Left, Alt-b: read in
    // one go, they come together.
    let typed = "\u{1B}OA\u{7F}\u{03}\t\r\u{1B}[1;5D\u{1B}b"
    #expect(
      try events(typing: typed) == [
        .burst([.up, .backspace, .control("c"), .tab, .enter, .wordLeft, .wordLeft])
      ])
  }

  @Test func aKeyReadAloneIsAKey() throws {
    #expect(try events(typing: "d") == [.key(.character("d"))])
    #expect(try events(typing: "\r") == [.key(.enter)])
  }

  @Test func aCharacterArrivesWholeWithItsCombiningMarks() throws {
    #expect(try events(typing: "e\u{301}") == [.key(.character("e\u{301}"))])
    #expect(try events(typing: "中") == [.key(.character("中"))])
    #expect(try events(typing: "👋🏽") == [.key(.character("👋🏽"))])
  }

  @Test func keysArrivingTogetherArriveAsABurstOfKeys() throws {
    // The adapter only reports what came together; the keymap decides what it means.
    #expect(
      try events(typing: "Zoë 中文\rdy") == [
        .burst(
          [
            .character("Z"), .character("o"), .character("ë"), .character(" "), .character("中"),
            .character("文"), .enter, .character("d"), .character("y"),
          ])
      ])
  }

  @Test func aBracketedPasteKeepsItsLineBreaksAsText() throws {
    // xterm's markers around two lines (sent with CR, as terminals do), then a key typed after.
    let typed = "\u{1B}[200~first line\rsecond\tline\u{1B}[201~x"
    #expect(
      try events(typing: typed) == [
        .key(.paste("first line\nsecond\tline")), .key(.character("x")),
      ])
  }

  @Test func aBracketedPasteNeverJoinsTheKeysBeforeIt() throws {
    // Keys typed just before a paste stay keys; the paste stays marked as one.
    let typed = "jj\u{1B}[200~dy\u{1B}[201~"
    #expect(
      try events(typing: typed) == [
        .burst([.character("j"), .character("j")]), .key(.paste("dy")),
      ])
  }

  private func events(typing typed: String) throws -> [TerminalEvent] {
    var events: [TerminalEvent] = []
    try withTerminal(typing: typed) { terminal in
      while let event = terminal.nextEvent() { events.append(event) }
    }
    return events
  }

  @Test func refusesTerminalsThatCannotMoveTheCursor() throws {
    #expect(throws: TerminalUnavailable.cannotMoveCursor("dumb")) {
      try withTerminal(type: "dumb") { _ in }
    }
    #expect(throws: TerminalUnavailable.unknownTerminalType("no-such-terminal")) {
      try withTerminal(type: "no-such-terminal") { _ in }
    }
    #expect(throws: TerminalUnavailable.unknownTerminalType(nil)) {
      try withTerminal(type: nil) { _ in }
    }
  }

  private static func bytes(of path: String) throws -> [UInt8] {
    let file = try #require(fopen(path, "r"))
    defer { fclose(file) }
    var bytes: [UInt8] = []
    while case let byte = fgetc(file), byte != EOF { bytes.append(UInt8(byte)) }
    return bytes
  }

  private func withTerminal(
    type: String? = "xterm-256color", colour: Bool = false, typing: String = "",
    outputPath: String = "/dev/null", firstFrameInOneWrite: Bool = true,
    _ body: (Terminal) throws -> Void
  ) throws {
    let inputPath = "/tmp/workbook-curses-input-\(getpid())"
    let inputFile = try #require(fopen(inputPath, "w"))
    fputs(typing, inputFile)
    fclose(inputFile)
    defer { unlink(inputPath) }
    let input = try #require(fopen(inputPath, "r"))
    let output = try #require(fopen(outputPath, "w"))
    defer {
      fclose(input)
      fclose(output)
    }
    let terminal = try Terminal(
      input: input, output: output, type: type, colour: colour,
      firstFrameInOneWrite: firstFrameInOneWrite)
    defer { terminal.close() }
    try body(terminal)
  }
}
