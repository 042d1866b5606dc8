import Testing

@testable import WorkbookCore

/// A heading's or an item's trailing `{…}` is found by its bytes where they are ASCII around and
/// after the "{": the same text, attributes and problems as reading it by `Character`, for text
/// in any script and for attributes that are not ASCII.
@Suite struct ContentAttributesTests {
  static let texts: [String] = [
    "", "Plain", "Both {#both}", "Stärken {#strengths .about-scores group=a}",
    "l’été {#ete}", "Introduction {#introduction}", "x {#a #b}", "x {.}", "x {=v}", "{#only}",
    "x {#id", "x #id}", "x {#id} y", "x {#id}\u{301}", "x \u{301}{#id}", "x\u{600}{#id}",
    "é{#id}", "x {#id title=é}", "x {#é}", "x {#a\r\n.b}", "x {#a\u{A0}.b}", "日本 {#ja .x k=v}",
    "x {#a} {#b}", "  x {#a}  ", "x {{#a}}", "x {}", "x {#a .b k=v .}", "x {#}", "x {.=x}",
    "x {# #}", "x {k==v}", "x {=}", "x {\t#a\t}", "x {#a\u{0B}.b}", "x {#a\u{1C}.b}", "x{#a}",
    "x {#A}", "x {#-a}", "x {.a .b .c}", "x {#a}}", "}", "{}", "x {#a\n}", "x\u{600} {#a}",
    " \t x {#a} \r\n", "\u{A0}x {#a}", " \u{301}x {#a}", "x {#a} \u{301}", "x {#a}\u{A0}",
    "\r\n", " ", "x {#é-2}", "x {#a_b}", "x {#ab-}", "Stärken ",
  ]

  /// From a `String` by bytes, from the text's UTF-8 bytes (an item's lines joined), and by
  /// `Character`.
  @Test(arguments: texts)
  func readingByBytesGivesWhatReadingByCharactersGives(text: String) {
    let characters = ContentAttributes.split(text, byBytes: false)
    for bytes in [ContentAttributes.split(text), ContentAttributes.split(utf8: Array(text.utf8))] {
      #expect(bytes.text == characters.text)
      #expect(bytes.attributes.id == characters.attributes.id)
      #expect(bytes.attributes.classes == characters.attributes.classes)
      #expect(bytes.attributes.values.map(\.key) == characters.attributes.values.map(\.key))
      #expect(bytes.attributes.values.map(\.value) == characters.attributes.values.map(\.value))
      #expect(bytes.problems == characters.problems)
    }
  }

  @Test func attributesAfterTextInAnyScriptAreRead() {
    let (text, attributes, problems) = ContentAttributes.split("l’été {#ete .about-scores k=v}")
    #expect(text == "l’été")
    #expect(attributes.id == "ete")
    #expect(attributes.classes == ["about-scores"])
    #expect(attributes.value("k") == "v")
    #expect(problems == [])
  }
}
