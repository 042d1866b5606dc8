import FoundationEssentials
import Testing

@testable import WorkbookCore

/// What reaches a terminal: every character a terminal would act on is shown as an escape, and a
/// value can never start a line of its own.
@Suite struct TerminalTextTests {
  @Test func escapeSequencesAreShownNotSent() {
    // A window title, the clipboard (OSC 52), a cleared screen, a CSI written as one C1 byte.
    #expect(
      TerminalText.field("\u{1B}]0;pwned\u{07}\u{1B}]52;c;ZXZpbA==\u{1B}\\\u{1B}[2J\u{9B}31m")
        == "\\u{1B}]0;pwned\\u{07}\\u{1B}]52;c;ZXZpbA==\\u{1B}\\\\u{1B}[2J\\u{9B}31m")
    #expect(
      TerminalText.field("DEL\u{7F} NUL\u{0} NEL\u{85}") == "DEL\\u{7F} NUL\\u{00} NEL\\u{85}")
  }

  @Test func directionControlsAndLineSeparatorsAreShown() {
    #expect(
      TerminalText.field("a\u{202E}b\u{2066}c\u{2069}d\u{200F}e\u{061C}f\u{2028}g")
        == "a\\u{202E}b\\u{2066}c\\u{2069}d\\u{200F}e\\u{61C}f\\u{2028}g")
  }

  @Test func aValueCannotStartALine() {
    #expect(
      TerminalText.field("Title\nFORGED\r\nrow\tcell")
        == "Title\\u{0A}FORGED\\u{0D}\\u{0A}row\\u{09}cell")
  }

  @Test func aDocumentKeepsItsLineBreaksAndTabs() {
    #expect(
      TerminalText.document("one\n\ttwo\r\nthree\r\u{1B}[1A")
        == "one\n\ttwo\nthree\\u{0D}\\u{1B}[1A")
  }

  @Test func ordinaryTextOfEveryScriptPassesUnchanged() {
    let text = "Atelier été · 東京 · العربية · דנה · 👩‍👩‍👧 · e\u{301} · \\u{1B} typed"
    #expect(TerminalText.field(text) == text)
    #expect(TerminalText.document(text) == text)
  }

  @Test func namesRefuseControlsAndOverridesButKeepDirectionMarks() {
    #expect(LineText.problem(in: "Ana", field: "the name") == nil)
    #expect(LineText.problem(in: "שלום\u{200F}!", field: "the name") == nil)
    #expect(
      LineText.problem(in: "Ana\u{1B}[2J", field: "the title")
        == "the title holds an escape character (U+001B); type it without it")
    #expect(
      LineText.problem(in: "a\nb", field: "the title")
        == "the title holds a line break (U+000A); type it without it")
    #expect(
      LineText.problem(in: "x\u{202E}y", field: "participant 2's name")
        == "participant 2's name holds a text direction override (U+202E); type it without it")
    #expect(
      LineText.problem(in: "x\u{85}", field: "f")
        == "f holds a control character (U+0085); type it without it")
  }

  @Test func jsonEscapesWhatTheEncoderLeavesRawAndDecodesToTheSameText() throws {
    let text = "a\u{1B}b\u{7F}c\u{9B}d\u{202E}e\u{2028}f\nг"
    let json = try JSONText.encode(["text": text])
    #expect(!json.unicodeScalars.contains { $0 != "\n" && TerminalText.isUnsafe($0) })
    #expect(json.contains("\\u007f") && json.contains("\\u009b") && json.contains("\\u202e"))
    let decoded = try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
    #expect(decoded["text"] == text)
  }
}

/// Text of printable ASCII (and, in a document, line feeds and tabs) is given back by a look at
/// its bytes; every text gets what the character by character escaping gives, and what that look
/// takes, the escaping gives back unchanged.
@Suite struct TerminalTextPlainBytesTests {
  @Test func textTakenByItsBytesIsWhatTheEscapingGives() {
    let pieces = [
      "a", "Z", " ", "~", "!", "\n", "\t", "\r", "\r\n", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}",
      "é", "e\u{301}", "\u{2028}", "\u{202E}", "🎉", "\\", "\"",
    ]
    var state: UInt64 = 5
    for _ in 0..<3_000 {
      var text = ""
      for _ in 0..<Int(state >> 60) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(state >> 33) % pieces.count]
      }
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let field = TerminalText.escaping(text) { _ in false }
      let document = TerminalText.escaping(text) { $0 == "\n" || $0 == "\t" || $0 == "\r\n" }
      #expect(TerminalText.field(text) == field, "\(text.debugDescription)")
      #expect(TerminalText.document(text) == document, "\(text.debugDescription)")
      #expect(TerminalText.field(text[...]) == field, "\(text.debugDescription)")
      var plain = text
      if TerminalText.isPlain(&plain, keepingLayout: false) { #expect(field == text) }
      if TerminalText.isPlain(&plain, keepingLayout: true) { #expect(document == text) }
    }
  }

  @Test func onlyPrintableASCIIAndALayoutsLineFeedsAndTabsArePlain() {
    for byte in UInt8(0)..<0x80 {
      var text = "a" + String(UnicodeScalar(byte)) + "b"
      let printable = (0x20..<0x7F).contains(byte)
      #expect(TerminalText.isPlain(&text, keepingLayout: false) == printable, "\(byte)")
      #expect(
        TerminalText.isPlain(&text, keepingLayout: true)
          == (printable || byte == 0x0A || byte == 0x09), "\(byte)")
    }
    var accented = "café"
    #expect(!TerminalText.isPlain(&accented, keepingLayout: true))
  }
}
