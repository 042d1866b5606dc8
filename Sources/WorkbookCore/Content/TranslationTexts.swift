/// The texts a translation file gives, by the source's ids: what `ContentTranslator` lays over the
/// source strategy. Reading them checks every id against the source: an id the source lacks, or
/// one in another place than in the source, is a problem with its line.
struct TranslationTexts {
  /// A part's field: its title, its text, a score item's low or high meaning, a column's hint.
  enum Field: Hashable {
    case title, text, low, high, hint
    /// A quick choice option's label, by the option's id.
    case option(String)
    /// A scale label, by its score.
    case score(Int)
  }

  struct Key: Hashable {
    var id: String
    var field: Field
  }

  var texts: [Key: String] = [:]
  /// A reference section's entries, which have no ids and so go by their order.
  var referenceItems: [String: [String]] = [:]
  /// The line of each `##` section of the translation, where a warning about a part under it goes.
  var sectionLines: [String: Int] = [:]
  var problems: [(line: Int, message: String)] = []
  private var ids: [String: Int] = [:]

  func text(_ id: String, _ field: Field) -> String? { texts[Key(id: id, field: field)] }

  /// Reads the outline of a translation of `source`.
  static func read(_ outline: ContentOutline, source: Strategy) -> TranslationTexts {
    var reader = TranslationTexts()
    for section in outline.sections { reader.read(section: section, source: source) }
    return reader
  }

  private mutating func read(section: ContentOutline.Block, source: Strategy) {
    guard let id = section.attributes.id, let kind = ContentSectionKind(rawValue: id) else {
      let named = section.attributes.id.map { "“\($0)”" } ?? "“\(section.title)” (no id)"
      report(
        section.line,
        "the section \(named) is not a section of the source; end its heading with the id of "
          + "the source’s section it translates: \(ContentSectionKind.allIDs)")
      return
    }
    guard register(id, line: section.line) else { return }
    sectionLines[id] = section.line
    if kind == .reference && source.referenceSections.isEmpty {
      report(section.line, "the source has no reference section; remove this one")
      return
    }
    if kind != .reference && kind != .scale {
      set(id, .text, paragraphs(section))
    }
    switch kind {
    case .introduction, .reference:
      break
    case .reflection:
      for item in section.items { read(question: item, source: source) }
    case .scale:
      for item in section.items {
        guard let (key, label) = Self.field(item.text), let value = Int(key),
          source.scale.values.contains(value)
        else {
          report(item.line, "write each score of the scale as in the source, like - 3: label")
          continue
        }
        set("scale", .score(value), label)
      }
    case .scoreItems:
      for block in section.subsections { read(scoreItem: block, source: source) }
    case .recommendations:
      for block in section.subsections { read(group: block, source: source) }
    case .plan:
      for item in section.items {
        guard let id = known(item.attributes.id, line: item.line, what: "plan column") else {
          continue
        }
        guard source.plan.columns.contains(where: { $0.id == id }) else {
          misplaced(id, line: item.line, expected: "a plan column")
          continue
        }
        let (title, hint) = Self.field(item.text) ?? (item.text, "")
        set(id, .title, title)
        set(id, .hint, hint)
      }
    }
    if kind == .reference {
      for block in section.subsections { read(reference: block, source: source) }
    }
  }

  private mutating func read(question item: ContentOutline.Item, source: Strategy) {
    guard let id = known(item.attributes.id, line: item.line, what: "question") else { return }
    guard let question = source.reflectionQuestion(id: id) else {
      misplaced(id, line: item.line, expected: "a reflection question")
      return
    }
    set(id, .text, item.text)
    for option in item.children {
      guard let optionID = option.attributes.id,
        question.quickChoice?.options.contains(where: { $0.id == optionID }) == true
      else {
        let named = option.attributes.id.map { "“\($0)”" } ?? "this option (no id)"
        let options = question.quickChoice?.options.map(\.id).joined(separator: ", ") ?? "none"
        report(
          option.line,
          "\(named) is not an option of the question “\(id)” in the source; its options are "
            + "\(options)")
        continue
      }
      set(id, .option(optionID), option.text)
    }
  }

  private mutating func read(scoreItem block: ContentOutline.Block, source: Strategy) {
    guard let id = known(block.attributes.id, line: block.line, what: "score item") else { return }
    guard source.scoreItem(id: id) != nil else {
      misplaced(id, line: block.line, expected: "a score item")
      return
    }
    set(id, .title, block.title)
    set(id, .text, paragraphs(block))
    for item in block.items {
      // “Low:” and “High:” are the format's words, the same in every language.
      guard let (key, meaning) = Self.field(item.text), ["low", "high"].contains(key.lowercased())
      else {
        report(item.line, "a score item’s list says what the ends mean: - Low: … and - High: …")
        continue
      }
      set(id, key.lowercased() == "low" ? .low : .high, meaning)
    }
  }

  private mutating func read(group block: ContentOutline.Block, source: Strategy) {
    guard let id = known(block.attributes.id, line: block.line, what: "group") else { return }
    guard let group = source.recommendationGroups.first(where: { $0.id == id }) else {
      misplaced(id, line: block.line, expected: "a recommendation group")
      return
    }
    set(id, .title, block.title)
    for item in block.items {
      guard let itemID = known(item.attributes.id, line: item.line, what: "recommendation")
      else { continue }
      guard group.recommendations.contains(where: { $0.id == itemID }) else {
        misplaced(itemID, line: item.line, expected: "a recommendation of “\(id)”")
        continue
      }
      set(itemID, .text, item.text)
    }
  }

  private mutating func read(reference block: ContentOutline.Block, source: Strategy) {
    guard let id = known(block.attributes.id, line: block.line, what: "section") else { return }
    guard let original = source.referenceSections.first(where: { $0.id == id }) else {
      misplaced(id, line: block.line, expected: "a reference section")
      return
    }
    set(id, .title, block.title)
    set(id, .text, paragraphs(block))
    guard !block.items.isEmpty else { return }
    if block.items.count == original.items.count {
      referenceItems[id] = block.items.map(\.text)
    } else {
      report(
        block.items[0].line,
        "the source’s section “\(id)” has \(original.items.count) entries and this one "
          + "\(block.items.count); translate each entry, in the source’s order")
    }
  }

  // MARK: Ids

  /// The id, registered; a problem (and nil) when there is none or it is given twice.
  private mutating func known(_ id: String?, line: Int, what: String) -> String? {
    guard let id else {
      report(line, "this \(what) has no id; end it with the id of the source’s \(what)")
      return nil
    }
    return register(id, line: line) ? id : nil
  }

  private mutating func register(_ id: String, line: Int) -> Bool {
    if let first = ids[id] {
      report(line, "duplicate id “\(id)” (also on line \(first)); translate each part once")
      return false
    }
    ids[id] = line
    return true
  }

  /// An id the source lacks (an orphan: nothing would ever show it), or one the source has in
  /// another place.
  private mutating func misplaced(_ id: String, line: Int, expected: String) {
    report(
      line,
      "“\(id)” is not \(expected) in the source; use the id of the source’s part this translates, "
        + "or remove it")
  }

  // MARK: Texts

  private mutating func set(_ id: String, _ field: Field, _ text: String) {
    guard !text.isEmpty else { return }
    texts[Key(id: id, field: field)] = text
  }

  private mutating func report(_ line: Int, _ message: String) {
    problems.append((line, message))
  }

  private func paragraphs(_ block: ContentOutline.Block) -> String {
    block.paragraphs.map(\.text).joined(separator: "\n\n")
  }

  /// `Key: value` split at the first colon, or nil when there is none.
  static func field(_ text: String) -> (key: String, value: String)? {
    guard let colon = text.firstIndex(of: ":") else { return nil }
    return (
      String(text[..<colon]).trimmingSpaces(),
      String(text[text.index(after: colon)...]).trimmingSpaces()
    )
  }
}
