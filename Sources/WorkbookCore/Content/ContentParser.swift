/// Reads a strategy file (the format of docs/content-format.md) into a `Strategy`, or reports every
/// problem in it. Pure: text in, no file access.
public enum ContentParser {
  /// Parses `text`, naming `fileName` in the problems it throws. All problems are collected, not
  /// only the first, so an author fixes them in one go.
  /// `byBytes` is false only for the tests that hold the reading by bytes to the reading by
  /// `Character` (see `ContentText`).
  public static func parse(_ text: String, fileName: String) throws(ContentProblems) -> Strategy {
    try parse(ContentText(text), fileName: fileName)
  }

  /// `parse` of a file's bytes, which are UTF-8 (the caller has checked them): the file needs no
  /// `String` of its own.
  public static func parse(utf8 bytes: [UInt8], fileName: String) throws(ContentProblems)
    -> Strategy
  {
    try parse(ContentText(utf8: bytes), fileName: fileName)
  }

  static func parse(_ text: String, fileName: String, byBytes: Bool) throws(ContentProblems)
    -> Strategy
  {
    try parse(ContentText(text, byBytes: byBytes), fileName: fileName)
  }

  private static func parse(_ file: ContentText, fileName: String) throws(ContentProblems)
    -> Strategy
  {
    var reader = StrategyReader(byBytes: file.byBytes)
    let strategy = reader.read(file)
    guard reader.problems.isEmpty else {
      throw ContentProblems(
        reader.problems.map { ContentProblem(file: fileName, line: $0.line, message: $0.message) })
    }
    return strategy
  }
}

/// Turns the front matter and the outline into a `Strategy`, section by section.
private struct StrategyReader {
  typealias Block = ContentOutline.Block
  typealias Item = ContentOutline.Item

  var problems: [(line: Int, message: String)] = []
  /// Every id used so far and its line: ids are unique in the whole file, except a quick choice's
  /// options, which are unique within their question.
  /// Room for a strategy's ids from the start: growing the table rehashed every id so far.
  var ids = [String: Int](minimumCapacity: 128)
  /// Whether `field` may find its colon by bytes (see `ContentText.firstColon`).
  let byBytes: Bool

  init(byBytes: Bool) { self.byBytes = byBytes }

  mutating func read(_ file: ContentText) -> Strategy {
    let frontMatter = ContentFrontMatter.read(file, problems: &problems)
    let outline = ContentOutline.read(file, bodyStart: frontMatter.bodyStart, problems: &problems)

    let id = frontMatter.value("id")
    if !id.isEmpty, let problem = ContentID.problem(with: id) {
      report(frontMatter.line("id"), problem)
    }
    if !id.isEmpty { ids[id] = frontMatter.line("id") }
    let reportQuestion = Int(frontMatter.value("report-question")) ?? 0
    if frontMatter.fields["report-question"] != nil && reportQuestion < 1 {
      report(
        frontMatter.line("report-question"),
        "report-question must be the question's number in the Questionnaire Report, such as 6")
    }
    let source = frontMatter.value("source")
    if !source.isEmpty && !source.hasPrefix("https://") && !source.hasPrefix("http://") {
      report(frontMatter.line("source"), "source must be the web address of the page, https://…")
    }

    var sections = SectionsByKind()
    for section in outline.sections {
      guard let kind = sectionKind(section) else { continue }
      if sections[kind] == nil { sections[kind] = section }
    }
    // Where a missing section belongs: the last line.
    for kind in ContentSectionKind.allCases where kind.isRequired && sections[kind] == nil {
      report(file.lastLine, "the file has no \(kind.rawValue) section; add \(kind.exampleHeading)")
    }

    var strategy = Strategy(
      id: id, title: frontMatter.value("title"), reportQuestion: reportQuestion,
      version: frontMatter.value("version"),
      source: ContentSource(
        url: source, licence: frontMatter.value("licence"),
        attribution: frontMatter.value("attribution")),
      introduction: "", scale: ScoreScale(), scoreItems: [], reflectionQuestions: [],
      recommendationGroups: [], referenceSections: [],
      plan: PlanTemplate(introduction: "", columns: []))
    if let section = sections[.introduction] {
      strategy.introduction = introduction(section)
    }
    if let section = sections[.reflection] {
      strategy.reflectionIntroduction = text(of: section)
      strategy.reflectionQuestions = reflectionQuestions(section)
    }
    if let section = sections[.scale] {
      strategy.scale = scale(section)
    }
    if let section = sections[.recommendations] {
      strategy.recommendationsIntroduction = text(of: section)
      strategy.recommendationGroups = recommendationGroups(section)
    }
    if let section = sections[.scoreItems] {
      strategy.scoreItemsIntroduction = text(of: section)
      strategy.scoreItems = scoreItems(section, groups: strategy.recommendationGroups)
    }
    if let section = sections[.reference] {
      strategy.referenceSections = referenceSections(section)
    }
    if let section = sections[.plan] {
      strategy.plan = plan(section)
    }
    return strategy
  }

  // MARK: Sections

  /// The first section of each kind. An array, not a dictionary keyed by the kind: the first
  /// dictionary of a key type costs the start a search for the key's `Hashable` conformance
  /// through every conformance in the binary, a quarter of a million instructions.
  struct SectionsByKind {
    private var blocks = [Block?](repeating: nil, count: ContentSectionKind.allCases.count)

    subscript(kind: ContentSectionKind) -> Block? {
      get { blocks[index(kind)] }
      set { blocks[index(kind)] = newValue }
    }

    private func index(_ kind: ContentSectionKind) -> Int {
      ContentSectionKind.allCases.firstIndex(of: kind)!
    }
  }

  mutating func sectionKind(_ section: Block) -> ContentSectionKind? {
    guard let id = section.attributes.id else {
      report(
        section.line,
        "the section “\(section.title)” has no id; end its heading with one of "
          + ContentSectionKind.allCases.map { "{#\($0.rawValue)}" }.joined(separator: ", "))
      return nil
    }
    guard let kind = ContentSectionKind(rawValue: id) else {
      report(
        section.line,
        "unknown section “\(id)”; the sections are \(ContentSectionKind.allIDs)")
      return nil
    }
    register(id, line: section.line)
    nonEmpty(section.title, line: section.line, what: "the section heading")
    allow(
      section.attributes, line: section.line, what: "this section",
      keys: kind == .scale ? ["high-from"] : [])
    return kind
  }

  mutating func introduction(_ section: Block) -> String {
    expect(section, items: false, subsections: false, what: "the introduction")
    let text = text(of: section)
    if text.isEmpty {
      report(section.line, "empty text: write the strategy’s introduction under this heading")
    }
    return text
  }

  mutating func reflectionQuestions(_ section: Block) -> [ReflectionQuestion] {
    expect(section, subsections: false, what: "the reflection section")
    if section.items.isEmpty {
      report(section.line, "the reflection section has no questions; add them as - list items")
    }
    return section.items.map { item in
      allow(item.attributes, line: item.line, what: "a question", classes: ["about-scores"])
      let id = requiredID(item.attributes, line: item.line, what: "question", text: item.text)
      nonEmpty(item.text, line: item.line, what: "the question")
      return ReflectionQuestion(
        id: id, text: item.text, quickChoice: quickChoice(item, questionID: id),
        aboutScores: item.attributes.classes.contains("about-scores"))
    }
  }

  mutating func quickChoice(_ question: Item, questionID: String) -> QuickChoice? {
    guard !question.children.isEmpty else { return nil }
    if question.children.count == 1 {
      report(question.children[0].line, "a quick choice needs two options or more; add another")
    }
    var optionIDs: [String: Int] = [:]
    let options = question.children.map { option in
      allow(option.attributes, line: option.line, what: "a quick choice option")
      nonEmpty(option.text, line: option.line, what: "the option")
      expectNoChildren(option, what: "a quick choice option")
      guard let id = option.attributes.id else {
        report(
          option.line,
          "this option has no id; end it with one such as {#\(suggestedID(option.text))}")
        return QuickChoice.Option(id: "", label: option.text)
      }
      if let first = optionIDs[id] {
        report(
          option.line, "duplicate option id “\(id)” (also on line \(first)); give each its own")
      }
      optionIDs[id] = option.line
      return QuickChoice.Option(id: id, label: option.text)
    }
    return QuickChoice(options: options)
  }

  mutating func scale(_ section: Block) -> ScoreScale {
    expect(section, paragraphs: false, subsections: false, what: "the scale")
    var labels: [Int: String] = [:]
    var values: [Int] = []
    for item in section.items {
      allow(item.attributes, line: item.line, what: "a score of the scale")
      expectNoChildren(item, what: "the scale")
      guard let (key, label) = field(item.text), let value = Int(key) else {
        report(
          item.line, "write each score of the scale as a number and its label, like - 3: Somewhat")
        continue
      }
      nonEmpty(label, line: item.line, what: "the label of score \(value)")
      values.append(value)
      labels[value] = label
    }
    if values != Array(1...5) {
      let found = values.isEmpty ? "none" : values.map(String.init).joined(separator: ", ")
      report(
        section.line,
        "the scale must run from 1 to 5, one item per score in order (- 1: … to - 5: …); found \(found)"
      )
    }
    var highFrom = 4
    if let text = section.attributes.value("high-from") {
      if let value = Int(text), (2...5).contains(value) {
        highFrom = value
      } else {
        report(
          section.line, "high-from must be the lowest high score, from 2 to 5, such as high-from=4")
      }
    } else {
      report(section.line, "the scale has no high-from; end its heading with {#scale high-from=4}")
    }
    return ScoreScale(minimum: 1, maximum: 5, highFrom: highFrom, labels: labels)
  }

  /// The score items; `groups` are the recommendation groups their `group=` may name.
  mutating func scoreItems(_ section: Block, groups: [RecommendationGroup]) -> [ScoreItem] {
    expect(section, items: false, what: "the score items section")
    if section.subsections.isEmpty {
      report(section.line, "there are no score items; add each as a ### heading with its question")
    }
    return section.subsections.map { block in
      allow(block.attributes, line: block.line, what: "a score item", keys: ["group"])
      expect(block, subsections: false, what: "a score item")
      let id = requiredID(block.attributes, line: block.line, what: "score item", text: block.title)
      nonEmpty(block.title, line: block.line, what: "the score item’s title")
      let question = text(of: block)
      if question.isEmpty {
        report(block.line, "empty text: write the score item’s question under its heading")
      }
      var meanings: [String: String] = [:]
      for item in block.items {
        allow(item.attributes, line: item.line, what: "a score item’s low or high line")
        expectNoChildren(item, what: "a score item")
        guard let (key, meaning) = field(item.text), ["low", "high"].contains(key.lowercased())
        else {
          report(item.line, "a score item’s list says what the ends mean: - Low: … and - High: …")
          continue
        }
        let end = key.lowercased()
        if meanings[end] != nil {
          report(item.line, "“\(key):” is given twice for this score item; keep one")
        }
        nonEmpty(meaning, line: item.line, what: "what a \(end) score means")
        meanings[end] = meaning
      }
      for end in ["Low", "High"] where meanings[end.lowercased()] == nil {
        report(
          block.line,
          "score item “\(id)” has no - \(end): … line saying what a \(end.lowercased()) score means"
        )
      }
      let groupID = block.attributes.value("group")
      if let groupID, !groups.contains(where: { $0.id == groupID }) {
        let known = groups.map(\.id).joined(separator: ", ")
        report(
          block.line,
          "score item “\(id)” names group “\(groupID)”, which is not a recommendation group; "
            + "use one of: \(known)")
      }
      return ScoreItem(
        id: id, title: block.title, question: question, lowMeaning: meanings["low"] ?? "",
        highMeaning: meanings["high"] ?? "", groupID: groupID)
    }
  }

  mutating func recommendationGroups(_ section: Block) -> [RecommendationGroup] {
    expect(section, items: false, what: "the recommendations section")
    if section.subsections.isEmpty {
      report(section.line, "there are no recommendation groups; add each as a ### heading")
    }
    return section.subsections.map { block in
      allow(block.attributes, line: block.line, what: "a recommendation group")
      expect(block, paragraphs: false, subsections: false, what: "a recommendation group")
      let id = requiredID(block.attributes, line: block.line, what: "group", text: block.title)
      nonEmpty(block.title, line: block.line, what: "the group’s title")
      if block.items.isEmpty {
        report(block.line, "the group “\(id)” has no recommendations; add them as - list items")
      }
      let recommendations = block.items.map { item in
        allow(item.attributes, line: item.line, what: "a recommendation")
        expectNoChildren(item, what: "a recommendation")
        let itemID = requiredID(
          item.attributes, line: item.line, what: "recommendation", text: item.text)
        nonEmpty(item.text, line: item.line, what: "the recommendation")
        return Recommendation(id: itemID, text: item.text)
      }
      return RecommendationGroup(id: id, title: block.title, recommendations: recommendations)
    }
  }

  mutating func referenceSections(_ section: Block) -> [ReferenceSection] {
    expect(section, paragraphs: false, items: false, what: "the reference section")
    return section.subsections.map { block in
      allow(block.attributes, line: block.line, what: "a reference section")
      expect(block, subsections: false, what: "a reference section")
      let id = requiredID(block.attributes, line: block.line, what: "section", text: block.title)
      nonEmpty(block.title, line: block.line, what: "the section’s title")
      let introduction = text(of: block)
      if introduction.isEmpty && block.items.isEmpty {
        report(block.line, "empty text: write the section’s text or list under its heading")
      }
      let items = block.items.map { item in
        allow(item.attributes, line: item.line, what: "an entry of a reference section")
        expectNoChildren(item, what: "a reference section")
        nonEmpty(item.text, line: item.line, what: "the entry")
        return item.text
      }
      return ReferenceSection(id: id, title: block.title, introduction: introduction, items: items)
    }
  }

  mutating func plan(_ section: Block) -> PlanTemplate {
    expect(section, subsections: false, what: "the plan section")
    if section.items.isEmpty {
      report(section.line, "the plan has no columns; add each as - Title: hint {#id}")
    }
    let columns = section.items.map { item in
      allow(item.attributes, line: item.line, what: "a plan column")
      expectNoChildren(item, what: "a plan column")
      let (title, hint) = field(item.text) ?? (item.text, "")
      let id = requiredID(item.attributes, line: item.line, what: "plan column", text: title)
      nonEmpty(title, line: item.line, what: "the column’s title")
      return PlanColumn(id: id, title: title, hint: hint)
    }
    return PlanTemplate(introduction: text(of: section), columns: columns)
  }

  // MARK: Checks

  mutating func report(_ line: Int, _ message: String) {
    problems.append((line, message))
  }

  mutating func register(_ id: String, line: Int) {
    if let first = ids[id] {
      report(line, "duplicate id “\(id)” (also on line \(first)); give each its own id")
    } else {
      ids[id] = line
    }
  }

  /// The id in `attributes`, registered as used; a problem (and "") when there is none.
  mutating func requiredID(
    _ attributes: ContentAttributes, line: Int, what: String, text: String
  ) -> String {
    guard let id = attributes.id else {
      report(
        line, "this \(what) has no id; end it with one such as {#\(suggestedID(text))}")
      return ""
    }
    register(id, line: line)
    return id
  }

  mutating func nonEmpty(_ text: String, line: Int, what: String) {
    if text.isEmpty { report(line, "empty text: write \(what) before its {…}") }
  }

  /// Reports attributes the place does not use, so nothing an author wrote is silently ignored.
  /// Ids are checked by `requiredID` where they are used.
  mutating func allow(
    _ attributes: ContentAttributes, line: Int, what: String, classes: [String] = [],
    keys: [String] = []
  ) {
    for name in attributes.classes where !classes.contains(name) {
      let hint =
        classes.isEmpty
        ? "" : " (\(what) takes \(classes.sorted().map { "." + $0 }.joined(separator: ", ")))"
      report(line, "unknown class .\(name) on \(what); remove it\(hint)")
    }
    for (key, _) in attributes.values where !keys.contains(key) {
      let hint =
        keys.isEmpty
        ? "" : " (\(what) takes \(keys.sorted().map { $0 + "=" }.joined(separator: ", ")))"
      report(line, "unknown attribute \(key)= on \(what); remove it\(hint)")
    }
  }

  /// Reports the kinds of content a block does not use.
  mutating func expect(
    _ block: Block, paragraphs: Bool = true, items: Bool = true, subsections: Bool = true,
    what: String
  ) {
    if !paragraphs, let paragraph = block.paragraphs.first {
      report(
        paragraph.line,
        "\(what) has no running text; remove this text or make it a comment <!-- … -->")
    }
    if !items, let item = block.items.first {
      report(item.line, "\(what) has no list items; write this as running text or remove it")
    }
    if !subsections, let subsection = block.subsections.first {
      report(subsection.line, "\(what) has no ### headings; make this a ## section or remove it")
    }
  }

  mutating func expectNoChildren(_ item: Item, what: String) {
    if let child = item.children.first {
      report(
        child.line,
        "nested items are only for a question’s quick choices, not \(what); remove the indentation")
    }
  }

  /// A block's paragraphs as one text, paragraphs separated by a blank line.
  func text(of block: Block) -> String {
    block.paragraphs.map(\.text).concatenated(separator: "\n\n")
  }

  /// `Key: value` split at the first colon, or nil when there is none.
  func field(_ text: String) -> (key: String, value: String)? {
    guard let colon = ContentText.firstColon(in: text, byBytes: byBytes) else { return nil }
    return (
      String(text[..<colon]).trimmingSpaces(),
      String(text[text.index(after: colon)...]).trimmingSpaces()
    )
  }

  /// An id made of the text's first words, to show in a "has no id" problem.
  func suggestedID(_ text: String) -> String {
    ContentID.suggestion(for: text.split(separator: " ").prefix(4).joined(separator: " "))
  }
}
