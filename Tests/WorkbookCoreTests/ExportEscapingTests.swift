import Testing

@testable import WorkbookCore

@Suite struct ExportEscapingTests {
  @Test func markdownEscapesPunctuationThatWouldBecomeMarkup() {
    #expect(
      MarkdownEscaping.escape(line: "a | b *c* _d_ `e` [f](g) ~h~ $i$ @j \\")
        == "a \\| b \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g) \\~h\\~ \\$i\\$ \\@j \\\\")
    #expect(MarkdownEscaping.escape(line: "<script>&amp;") == "&lt;script&gt;&amp;amp;")
    #expect(
      MarkdownEscaping.escape(line: ":smile: :+1: at 10:30, note: x, Grants:Learning")
        == "\\:smile: \\:+1: at 10:30, note: x, Grants:Learning")
  }

  @Test func markdownEscapesLineStartsOnlyWhereTheyStartABlock() {
    #expect(MarkdownEscaping.escape(line: "# title") == "\\# title")
    #expect(MarkdownEscaping.escape(line: "- item") == "\\- item")
    #expect(MarkdownEscaping.escape(line: "+ item") == "\\+ item")
    #expect(MarkdownEscaping.escape(line: "===") == "\\===")
    #expect(MarkdownEscaping.escape(line: "> quote") == "&gt; quote")
    #expect(MarkdownEscaping.escape(line: "12. item") == "12\\. item")
    #expect(MarkdownEscaping.escape(line: "3) item") == "3\\) item")
    #expect(MarkdownEscaping.escape(line: "3.75 and well-known a-b") == "3.75 and well-known a-b")
  }

  @Test func markdownLineBreaksAreBrInCellsAndHardBreaksInText() {
    #expect(MarkdownEscaping.cell("one\n  two |\r\nthree") == "one<br>two \\|<br>three")
    #expect(MarkdownEscaping.block("one\ntwo\n\n\nthree") == "one\\\ntwo\n\nthree")
    #expect(MarkdownEscaping.inline("one\ntwo") == "one two")
  }

  @Test func controlCharactersAreShownAsReplacementCharacters() {
    #expect(MarkdownEscaping.inline("a\u{1B}[31mb\u{7}") == "a\u{FFFD}\\[31mb\u{FFFD}")
  }

  @Test func wikitextLeavesPlainTextAlone() {
    #expect(
      WikitextEscaping.protect(line: "Plain text, (with) 3.5 and 中文 🎉 — ok?")
        == "Plain text, (with) 3.5 and 中文 🎉 — ok?")
    #expect(WikitextEscaping.protect(line: "don't, a-b: c; d") == "don't, a-b: c; d")
  }

  @Test func wikitextWrapsMarkupInNowikiWithEntitiesInside() {
    #expect(WikitextEscaping.protect(line: "a | b") == "<nowiki>a | b</nowiki>")
    #expect(WikitextEscaping.protect(line: "~~~~") == "<nowiki>~~~~</nowiki>")
    #expect(WikitextEscaping.protect(line: "''bold''") == "<nowiki>''bold''</nowiki>")
    #expect(WikitextEscaping.protect(line: ": indent") == "<nowiki>: indent</nowiki>")
    #expect(WikitextEscaping.protect(line: "- rule") == "<nowiki>- rule</nowiki>")
    #expect(
      WikitextEscaping.protect(line: "x</nowiki>{{y}}&amp;")
        == "<nowiki>x&lt;/nowiki&gt;{{y}}&amp;amp;</nowiki>")
  }

  @Test func wikitextLineBreaks() {
    #expect(WikitextEscaping.cell("one\n|- two") == "one<br /><nowiki>|- two</nowiki>")
    #expect(
      WikitextEscaping.block("one\n* two\n\nthree") == "one<br />\n<nowiki>* two</nowiki>\n\nthree")
  }

  @Test func csvQuotesOnlyWhereNeededAndEndsRecordsWithCRLF() {
    let raw = CSVEncoding(options: ExportOptions(csvFormulaGuard: false))
    #expect(
      raw.record(["plain", "a,b", "say \"hi\"", "two\nlines", ""])
        == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n")
    #expect(raw.field("=SUM(A1)") == "=SUM(A1)")
  }

  @Test func csvForSpreadsheetsPutsAnApostropheBeforeWhatWouldBeAFormula() {
    let csv = CSVEncoding()
    #expect(csv.field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
    #expect(csv.field("+1 555 0100") == "'+1 555 0100")
    #expect(csv.field("-cmd|' /C calc'!A0") == "'-cmd|' /C calc'!A0")
    #expect(csv.field("@SUM(A1:A9)") == "'@SUM(A1:A9)")
    #expect(csv.field("\t=1+1") == "'\t=1+1")
    #expect(csv.field("\r=1+1") == "\"'\r=1+1\"")
    // Plain numbers stay numbers; a sign or @ inside a cell starts nothing.
    #expect(csv.field("-3") == "-3")
    #expect(csv.field("+1.5") == "+1.5")
    #expect(csv.field("4") == "4")
    #expect(csv.field("a=b, c@d") == "\"a=b, c@d\"")
    #expect(csv.field("-") == "'-")
    #expect(csv.field("") == "")
  }

  @Test func aGuardedCellImportsBackAsTheValue() {
    for value in ["=SUM(A1)", "+x", "-y", "@z", "-3", "plain", "'quoted", ""] {
      #expect(CSVFormulaGuard.unguarded(CSVFormulaGuard.guarded(value)) == value)
    }
  }

  @Test func csvOnStandardOutputIsARecordALineWithControlsShownAsEscapes() {
    let csv = CSVEncoding(options: ExportOptions(destination: .standardOutput))
    #expect(
      csv.record(["two\nlines", "\u{1B}]52;c;eA==\u{07}", "a,b", "\u{202E}evil"])
        == "two\\u{0A}lines,\\u{1B}]52;c;eA==\\u{07},\"a,b\",\\u{202E}evil\n")
  }

  @Test func numbersHaveAtMostTwoDecimals() {
    #expect(ExportNumber.text(10.0 / 3) == "3.33")
    #expect(ExportNumber.text(11.0 / 3) == "3.67")
    #expect(ExportNumber.text(3.5) == "3.5")
    #expect(ExportNumber.text(4) == "4")
    #expect(ExportNumber.text(3.05) == "3.05")
    #expect(ExportNumber.text(2.999) == "3")
  }

  @Test func chartBarsAreFourBlocksAnAnswerUntilTheyWouldPassFortyColumns() {
    #expect(
      DistributionChart.lines(scale: ScoreScale(), counts: [0, 1, 0, 2, 0]) == [
        "1 │ 0", "2 │ ████ 1", "3 │ 0", "4 │ ████████ 2", "5 │ 0",
      ])
    let crowded = DistributionChart.lines(scale: ScoreScale(), counts: [30, 0, 0, 0, 0])
    #expect(crowded[0] == "1 │ " + String(repeating: "█", count: 30) + " 30")
  }

  @Test func onlyPlainWebAddressesBecomeLinks() {
    #expect(ReportInline.isLinkable("https://meta.wikimedia.org/wiki/Grants:Learning_patterns"))
    #expect(!ReportInline.isLinkable("javascript:alert(1)"))
    #expect(!ReportInline.isLinkable("https://x.org/a b"))
    #expect(!ReportInline.isLinkable("https://x.org/<b>"))
    #expect(!ReportInline.isLinkable("https://x.org/]]{{t}}"))
    #expect(!ReportInline.isLinkable("https://x.org/__TOC__"))
  }
}
