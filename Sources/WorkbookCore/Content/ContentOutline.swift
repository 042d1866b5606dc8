/// The body of a content file as a tree: `##` sections hold paragraphs, list items and `###`
/// subsections; list items hold their nested items. Nothing here knows what a section means.
struct ContentOutline {
  /// A heading (or the file before any) and what follows it up to the next heading of its level.
  struct Block {
    var line: Int
    var title: String
    var attributes: ContentAttributes
    var paragraphs: [Paragraph] = []
    var items: [Item] = []
    var subsections: [Block] = []
  }

  /// Consecutive lines of running text, joined with spaces.
  struct Paragraph {
    var line: Int
    var text: String
  }

  /// A `- ` list item, with the lines that continue it joined in and its attributes split off.
  struct Item {
    var line: Int
    var text: String
    var attributes: ContentAttributes
    var children: [Item] = []
  }

  var sections: [Block] = []

  /// Builds the outline from the body's lines; `firstLine` is the body's first line number.
  static func read(
    _ lines: ArraySlice<String>, firstLine: Int, problems: inout [(line: Int, message: String)]
  ) -> ContentOutline {
    var reader = Reader()
    var insideComment = false
    for (offset, raw) in lines.enumerated() {
      let line = firstLine + offset
      let text = raw.trimmingSpaces()
      if insideComment {
        if closesComment(text) { insideComment = false }
        continue
      }
      let marked = mayBeMarked(text)
      if marked && text.hasPrefix("<!--") {
        insideComment = !closesComment(text)
        reader.endParagraph()
        continue
      }
      let indented = isIndented(raw)
      if text.isEmpty {
        reader.blank()
      } else if marked && !indented && text.hasPrefix("#") {
        reader.heading(text, line: line)
      } else if marked && Self.isItem(text) {
        if let marker = text.first, marker != "-" {
          reader.problems.append((line, "list items start with “- ”; replace the “\(marker)”"))
        }
        reader.item(String(text.dropFirst()), line: line, nested: indented)
      } else {
        reader.text(text, line: line, indented: indented)
      }
    }
    reader.endFile()
    problems += reader.problems
    return ContentOutline(sections: reader.sections)
  }

  /// Whether the trimmed line may open a comment, a heading or a list item: only one that begins
  /// with the byte of "<", "#", "-", "*" or "+" can (each is a character of its own, decomposed
  /// from nothing), so most lines of running text skip the comparisons by `Character`.
  static func mayBeMarked(_ text: String) -> Bool {
    switch text.utf8.first {
    case UInt8(ascii: "<"), UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "*"),
      UInt8(ascii: "+"):
      true
    default: false
    }
  }

  /// Whether the trimmed line is a list item: "- ", or "* " and "+ ", which are reported.
  static func isItem(_ text: String) -> Bool {
    text.hasPrefix("- ") || text == "-" || text.hasPrefix("* ") || text.hasPrefix("+ ")
  }

  /// Whether the line holds the `-->` that ends a comment; by bytes where it is ASCII.
  private static func closesComment(_ text: String) -> Bool {
    guard text.isAllASCII else { return text.contains("-->") }
    var dashes = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: ">") && dashes >= 2 { return true }
      dashes = byte == UInt8(ascii: "-") ? dashes + 1 : 0
    }
    return false
  }

  /// Whether the line's first `Character` is a space or a tab. A space or tab followed by an ASCII
  /// byte is a `Character` of its own, so only other lines need their first `Character` worked out.
  private static func isIndented(_ raw: String) -> Bool {
    guard let first = raw.utf8.first, first == 0x20 || first == 0x09 else { return false }
    guard let second = raw.utf8.dropFirst().first, second >= 0x80 else { return true }
    return raw.first == " " || raw.first == "\t"
  }

  /// The state of reading: the open section, subsection, paragraph and item.
  private struct Reader {
    var sections: [Block] = []
    var problems: [(line: Int, message: String)] = []
    var section: Block?
    var subsection: Block?
    var paragraph: (line: Int, lines: [String])?
    var item: PendingItem?
    var afterBlank = false

    struct PendingItem {
      var line: Int
      var lastLine: Int
      var text: String
      var children: [PendingItem] = []
    }

    mutating func blank() {
      endParagraph()
      afterBlank = true
    }

    mutating func heading(_ text: String, line: Int) {
      let level = text.prefix { $0 == "#" }.count
      let title = String(text.dropFirst(level))
      endBlock()
      afterBlank = false
      guard title.first == " " || title.isEmpty else {
        problems.append((line, "a heading needs a space after its #"))
        return
      }
      let block = makeBlock(title, line: line)
      switch level {
      case 2:
        if let section { sections.append(section) }
        section = block
      case 3:
        if section == nil {
          problems.append(
            (line, "this ### heading is outside any ## section; put a ## section first"))
        }
        subsection = block
      case 1:
        problems.append(
          (line, "the title goes in the front matter (title: …); remove this # heading"))
      default:
        problems.append((line, "headings go two levels deep (## and ###); make this one ## or ###"))
      }
    }

    mutating func item(_ text: String, line: Int, nested: Bool) {
      endParagraph()
      afterBlank = false
      let pending = PendingItem(line: line, lastLine: line, text: text.trimmingSpaces())
      if nested {
        if item == nil {
          problems.append((line, "this nested item has no item above it; remove its indentation"))
          item = pending
        } else {
          item!.children.append(pending)
        }
      } else {
        endItem()
        item = pending
      }
    }

    mutating func text(_ text: String, line: Int, indented: Bool) {
      // A line right after an item, or indented after a blank line, continues the item.
      if item != nil && (!afterBlank || indented) {
        let separator = afterBlank ? "\n\n" : " "
        if item!.children.isEmpty {
          item!.text += separator + text
          item!.lastLine = line
        } else {
          item!.children[item!.children.count - 1].text += separator + text
          item!.children[item!.children.count - 1].lastLine = line
        }
      } else {
        endItem()
        if paragraph == nil { paragraph = (line, []) }
        paragraph!.lines.append(text)
      }
      afterBlank = false
    }

    mutating func endParagraph() {
      guard let paragraph else { return }
      self.paragraph = nil
      let text = paragraph.lines.concatenated(separator: " ")
      if subsection != nil {
        subsection!.paragraphs.append(Paragraph(line: paragraph.line, text: text))
      } else if section != nil {
        section!.paragraphs.append(Paragraph(line: paragraph.line, text: text))
      } else {
        problems.append(
          (paragraph.line, "text before the first ## section; move it under a section heading"))
      }
    }

    mutating func endItem() {
      guard let pending = item else { return }
      item = nil
      let finished = finish(pending)
      if subsection != nil {
        subsection!.items.append(finished)
      } else if section != nil {
        section!.items.append(finished)
      } else {
        problems.append(
          (pending.line, "a list item before the first ## section; move it under a section heading")
        )
      }
    }

    mutating func endBlock() {
      endParagraph()
      endItem()
      if let subsection, section != nil { section!.subsections.append(subsection) }
      subsection = nil
    }

    mutating func endFile() {
      endBlock()
      if let section { sections.append(section) }
      section = nil
    }

    private mutating func finish(_ pending: PendingItem) -> Item {
      let (text, attributes, attributeProblems) = ContentAttributes.split(pending.text)
      problems += attributeProblems.map { (pending.lastLine, $0) }
      return Item(
        line: pending.line, text: text, attributes: attributes,
        children: pending.children.map { finish($0) })
    }

    private mutating func makeBlock(_ title: String, line: Int) -> Block {
      let (text, attributes, attributeProblems) = ContentAttributes.split(title)
      problems += attributeProblems.map { (line, $0) }
      return Block(line: line, title: text, attributes: attributes)
    }
  }
}
