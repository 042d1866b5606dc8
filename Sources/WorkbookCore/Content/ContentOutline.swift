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

  /// What a trimmed line of the body opens, if anything. Ranges are of the file's bytes.
  enum LineKind: Equatable {
    case blank
    case comment
    /// `level` `#`s and the title after them; `spaced`: whether the title is empty or begins
    /// with a space, as a heading's must.
    case heading(level: Int, title: Range<Int>, spaced: Bool)
    /// A list item's marker and its text after the marker, untrimmed.
    case item(marker: Character, text: Range<Int>)
    case text
  }

  /// Builds the outline from the body: the lines from the index `bodyStart` on.
  static func read(
    _ text: ContentText, bodyStart: Int, problems: inout [(line: Int, message: String)]
  ) -> ContentOutline {
    var reader = Reader(text: text)
    var insideComment = false
    for index in bodyStart..<text.lines.count {
      let line = index + 1
      let raw = text.lines[index]
      let trimmed = text.trimmed(raw)
      if insideComment {
        if closesComment(trimmed, in: text) { insideComment = false }
        continue
      }
      let indented = text.isIndented(raw)
      switch kind(of: trimmed, indented: indented, in: text) {
      case .blank:
        reader.blank()
      case .comment:
        insideComment = !closesComment(trimmed, in: text)
        reader.endParagraph()
      case .heading(let level, let title, let spaced):
        reader.heading(level: level, title: title, spaced: spaced, line: line)
      case .item(let marker, let itemText):
        if marker != "-" {
          reader.problems.append((line, "list items start with “- ”; replace the “\(marker)”"))
        }
        reader.item(text.trimmed(itemText), line: line, nested: indented)
      case .text:
        reader.text(trimmed, line: line, indented: indented)
      }
    }
    reader.endFile()
    problems += reader.problems
    return ContentOutline(sections: reader.sections)
  }

  /// What the trimmed line `range` is; `indented`: whether its line begins with a space or tab.
  static func kind(of range: Range<Int>, indented: Bool, in text: ContentText) -> LineKind {
    if range.isEmpty { return .blank }
    if text.byBytes, let kind = kindByBytes(of: range, indented: indented, in: text.bytes) {
      return kind
    }
    return kindByCharacter(of: text.string(range), at: range.lowerBound, indented: indented)
  }

  /// `kind` read from the bytes where the marker's `Character`s are ASCII bytes followed by
  /// ASCII (an ASCII byte followed by ASCII is a `Character` of its own); nil where a byte after
  /// one is not ASCII and may join it, which `Character`s decide.
  private static func kindByBytes(
    of range: Range<Int>, indented: Bool, in bytes: [UInt8]
  ) -> LineKind? {
    let start = range.lowerBound
    func byte(_ offset: Int) -> UInt8? {
      start + offset < range.upperBound ? bytes[start + offset] : nil
    }
    /// Whether the byte at `offset` ends its `Character`.
    func endsCharacter(_ offset: Int) -> Bool { (byte(offset + 1) ?? 0) < 0x80 }
    switch bytes[start] {
    case UInt8(ascii: "<"):
      guard byte(1) == UInt8(ascii: "!"), byte(2) == UInt8(ascii: "-"), byte(3) == UInt8(ascii: "-")
      else { return .text }
      return endsCharacter(3) ? .comment : nil
    case UInt8(ascii: "#"):
      if indented { return .text }
      var level = 1
      while byte(level) == UInt8(ascii: "#") { level += 1 }
      guard endsCharacter(level - 1) else { return nil }
      let title = (start + level)..<range.upperBound
      switch byte(level) {
      case nil: return .heading(level: level, title: title, spaced: true)
      case UInt8(ascii: " "):
        return endsCharacter(level) ? .heading(level: level, title: title, spaced: true) : nil
      default: return .heading(level: level, title: title, spaced: false)
      }
    case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
      let marker = Character(Unicode.Scalar(bytes[start]))
      guard let second = byte(1) else {
        return marker == "-"
          ? .item(marker: marker, text: range.upperBound..<range.upperBound) : .text
      }
      guard second == UInt8(ascii: " ") else { return .text }
      return endsCharacter(1) ? .item(marker: marker, text: (start + 1)..<range.upperBound) : nil
    default:
      return .text
    }
  }

  /// `kind` read by `Character`s from the trimmed line `line`, which begins at the byte `offset`.
  private static func kindByCharacter(of line: String, at offset: Int, indented: Bool)
    -> LineKind
  {
    let marked = mayBeMarked(line)
    let end = offset + line.utf8.count
    if marked && line.hasPrefix("<!--") { return .comment }
    if marked && !indented && line.hasPrefix("#") {
      let hashes = line.prefix { $0 == "#" }
      let title = line.dropFirst(hashes.count)
      return .heading(
        level: hashes.count, title: (offset + hashes.utf8.count)..<end,
        spaced: title.first == " " || title.isEmpty)
    }
    if marked && isItem(line), let marker = line.first {
      return .item(marker: marker, text: (offset + marker.utf8.count)..<end)
    }
    return .text
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

  /// Whether the line `range` holds the `-->` that ends a comment. By bytes when it has no "-->",
  /// or one between ASCII bytes (three `Character`s then); one next to other bytes is looked for
  /// by `Character`.
  static func closesComment(_ range: Range<Int>, in text: ContentText) -> Bool {
    if text.byBytes {
      let bytes = text.bytes
      var sure = true
      var index = range.lowerBound
      while index + 3 <= range.upperBound {
        if bytes[index] == UInt8(ascii: "-") && bytes[index + 1] == UInt8(ascii: "-")
          && bytes[index + 2] == UInt8(ascii: ">")
        {
          if (index == range.lowerBound || bytes[index - 1] < 0x80)
            && (index + 3 == range.upperBound || bytes[index + 3] < 0x80)
          {
            return true
          }
          sure = false
        }
        index += 1
      }
      if sure { return false }
    }
    return text.string(range).contains("-->")
  }

  /// The state of reading: the open section, subsection, paragraph and item.
  private struct Reader {
    let text: ContentText
    var sections: [Block] = []
    var problems: [(line: Int, message: String)] = []
    var section: Block?
    var subsection: Block?
    /// The open paragraph's first line and its text's bytes so far.
    var paragraph: (line: Int, text: [UInt8])?
    var item: PendingItem?
    var afterBlank = false

    struct PendingItem {
      var line: Int
      var lastLine: Int
      /// The item's text's bytes so far.
      var text: [UInt8]
      var children: [PendingItem] = []

      /// Joins a line that continues the item: after a space, or after a blank line.
      mutating func append(_ bytes: ArraySlice<UInt8>, afterBlank: Bool, line: Int) {
        if afterBlank { text.append(0x0A) }
        text.append(afterBlank ? 0x0A : 0x20)
        text += bytes
        lastLine = line
      }
    }

    init(text: ContentText) { self.text = text }

    mutating func blank() {
      endParagraph()
      afterBlank = true
    }

    mutating func heading(level: Int, title: Range<Int>, spaced: Bool, line: Int) {
      endBlock()
      afterBlank = false
      guard spaced else {
        problems.append((line, "a heading needs a space after its #"))
        return
      }
      let block = makeBlock(Array(text.bytes[title]), line: line)
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

    /// Opens an item, or a nested item, of the trimmed text `range`.
    mutating func item(_ range: Range<Int>, line: Int, nested: Bool) {
      endParagraph()
      afterBlank = false
      let pending = PendingItem(line: line, lastLine: line, text: Array(text.bytes[range]))
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

    /// Takes the trimmed line `range` of running text.
    mutating func text(_ range: Range<Int>, line: Int, indented: Bool) {
      // A line right after an item, or indented after a blank line, continues the item.
      if item != nil && (!afterBlank || indented) {
        if item!.children.isEmpty {
          item!.append(text.bytes[range], afterBlank: afterBlank, line: line)
        } else {
          item!.children[item!.children.count - 1].append(
            text.bytes[range], afterBlank: afterBlank, line: line)
        }
      } else {
        endItem()
        if paragraph == nil {
          paragraph = (line, Array(text.bytes[range]))
        } else {
          paragraph!.text.append(0x20)
          paragraph!.text += text.bytes[range]
        }
      }
      afterBlank = false
    }

    mutating func endParagraph() {
      guard let paragraph else { return }
      self.paragraph = nil
      let text = String(decoding: paragraph.text, as: UTF8.self)
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
      let (text, attributes, attributeProblems) = ContentAttributes.split(utf8: pending.text)
      problems += attributeProblems.map { (pending.lastLine, $0) }
      return Item(
        line: pending.line, text: text, attributes: attributes,
        children: pending.children.map { finish($0) })
    }

    private mutating func makeBlock(_ title: [UInt8], line: Int) -> Block {
      let (text, attributes, attributeProblems) = ContentAttributes.split(utf8: title)
      problems += attributeProblems.map { (line, $0) }
      return Block(line: line, title: text, attributes: attributes)
    }
  }
}
