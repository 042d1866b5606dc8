/// Lays a translation file (docs/content-format.md, “Translations”) over its source strategy: the
/// same ids, other words. Whatever the translation lacks keeps the source's words, is listed in
/// `Strategy.translation.untranslatedIDs` so front ends and exports can mark it, and is a warning;
/// an id the source lacks, or any other problem in the file, is an error. Pure: text in, no file
/// access.
public enum ContentTranslator {
  /// The translated strategy and the warnings about the texts that fall back to the source.
  public struct Result: Sendable, Equatable {
    public var strategy: Strategy
    /// One per untranslated part: where it belongs in the translation and where its text is in
    /// the source.
    public var warnings: [ContentProblem]
  }

  /// The fields a translation's front matter must have; the others may be left out.
  static let requiredKeys = ["id", "language", "version", "translation"]

  /// Translates `source` (read from `sourceText`, the file `sourceFile`) with the translation
  /// `text` of the file `fileName`, whose name says it is in `language`.
  public static func translate(
    _ source: Strategy, sourceText: String, sourceFile: String, translation text: String,
    fileName: String, language: String
  ) throws(ContentProblems) -> Result {
    let content = ContentText(text)
    var problems: [(line: Int, message: String)] = []
    let frontMatter = ContentFrontMatter.read(
      content, required: requiredKeys,
      known: ContentFrontMatter.requiredKeys + ContentFrontMatter.translationKeys,
      problems: &problems)
    let outline = ContentOutline.read(
      content, bodyStart: frontMatter.bodyStart, problems: &problems)
    problems += frontMatterProblems(frontMatter, source: source, language: language)
    let translated = TranslationTexts.read(outline, source: source)
    problems += translated.problems
    guard problems.isEmpty else {
      throw ContentProblems(
        problems.map { ContentProblem(file: fileName, line: $0.line, message: $0.message) })
    }

    var overlay = Overlay(texts: translated)
    var strategy = overlay.apply(to: source, frontMatter: frontMatter)
    strategy.translation = StrategyTranslation(
      language: frontMatter.value("language"), note: frontMatter.value("translation"),
      untranslatedIDs: overlay.missing.map(\.id))

    let lastLine = content.lastLine
    let sourceLines = SourceLines(text: sourceText)
    var warnings = overlay.missing.map { part in
      let line =
        part.section.flatMap { translated.sectionLines[$0] }
        ?? (part.section == nil ? frontMatter.closingLine : lastLine)
      return ContentProblem(
        file: fileName, line: line,
        message:
          "\(part.what) is not translated, so it shows in the source’s words, marked as such; "
          + "translate it from \(sourceFile):\(sourceLines.line(of: part.id))")
    }
    if frontMatter.value("version") != source.version {
      warnings.insert(
        ContentProblem(
          file: fileName, line: frontMatter.line("version"),
          message:
            "this translation is of version \(frontMatter.value("version")) and the source is at "
            + "version \(source.version); check the texts changed since, then write version: "
            + source.version),
        at: 0)
    }
    return Result(strategy: strategy, warnings: warnings)
  }

  /// The front matter's fields checked against the source and the file's name.
  private static func frontMatterProblems(
    _ frontMatter: ContentFrontMatter, source: Strategy, language: String
  ) -> [(line: Int, message: String)] {
    var problems: [(line: Int, message: String)] = []
    let id = frontMatter.value("id")
    if !id.isEmpty && id != source.id {
      problems.append(
        (
          frontMatter.line("id"),
          "this translates “\(id)”, but its source file’s strategy is “\(source.id)”; write "
            + "id: \(source.id)"
        ))
    }
    let named = frontMatter.value("language")
    if !named.isEmpty && named.lowercased() != language.lowercased() {
      problems.append(
        (
          frontMatter.line("language"),
          "the file’s name says it is in “\(language)” but it says language: \(named); make them "
            + "agree"
        ))
    }
    let kept = [
      ("report-question", String(source.reportQuestion)), ("source", source.source.url),
      ("licence", source.source.licence),
    ]
    for (key, value) in kept {
      if let given = frontMatter.fields[key], given.value != value {
        problems.append(
          (
            given.line,
            "“\(key)” must be the source’s (\(value)): a translation keeps the source page’s "
              + "\(key); write \(key): \(value) or leave the line out"
          ))
      }
    }
    return problems
  }
}

/// Replaces the source's texts with the translation's, noting each part left in the source's words.
private struct Overlay {
  typealias Field = TranslationTexts.Field

  /// A part the translation lacks: its id, how to name it, and its `##` section (nil: front matter).
  struct Missing {
    var id: String
    var what: String
    var section: String?
  }

  let texts: TranslationTexts
  var missing: [Missing] = []

  init(texts: TranslationTexts) { self.texts = texts }

  mutating func apply(to source: Strategy, frontMatter: ContentFrontMatter) -> Strategy {
    var strategy = source
    strategy.title = frontMatterText("title", source.title, frontMatter)
    strategy.source.attribution = frontMatterText(
      "attribution", source.source.attribution, frontMatter)
    strategy.introduction = take("introduction", .text, source.introduction, "the introduction")

    strategy.reflectionIntroduction = take(
      "reflection", .text, source.reflectionIntroduction, "the reflection section’s text")
    strategy.reflectionQuestions = source.reflectionQuestions.map { question in
      var question = question
      question.text = take(question.id, .text, question.text, "the question “\(question.id)”")
      if let options = question.quickChoice?.options {
        question.quickChoice?.options = options.map { option in
          var option = option
          option.label = take(
            question.id, .option(option.id), option.label,
            "the option “\(option.id)” of the question “\(question.id)”", section: "reflection")
          return option
        }
      }
      return question
    }

    for value in source.scale.values {
      strategy.scale.labels[value] = take(
        "scale", .score(value), source.scale.labels[value] ?? "", "the scale’s label for \(value)")
    }

    strategy.scoreItemsIntroduction = take(
      "score-items", .text, source.scoreItemsIntroduction, "the score items section’s text")
    strategy.scoreItems = source.scoreItems.map { item in
      var item = item
      let what = "the score item “\(item.id)”"
      item.title = take(item.id, .title, item.title, what + " (its title)", section: "score-items")
      item.question = take(item.id, .text, item.question, what, section: "score-items")
      item.lowMeaning = take(item.id, .low, item.lowMeaning, what, section: "score-items")
      item.highMeaning = take(item.id, .high, item.highMeaning, what, section: "score-items")
      return item
    }

    strategy.recommendationsIntroduction = take(
      "recommendations", .text, source.recommendationsIntroduction,
      "the recommendations section’s text")
    strategy.recommendationGroups = source.recommendationGroups.map { group in
      var group = group
      group.title = take(
        group.id, .title, group.title, "the group “\(group.id)”", section: "recommendations")
      group.recommendations = group.recommendations.map { recommendation in
        var recommendation = recommendation
        recommendation.text = take(
          recommendation.id, .text, recommendation.text,
          "the recommendation “\(recommendation.id)”", section: "recommendations")
        return recommendation
      }
      return group
    }

    strategy.referenceSections = source.referenceSections.map { section in
      var section = section
      let what = "the reference section “\(section.id)”"
      section.title = take(section.id, .title, section.title, what, section: "reference")
      section.introduction = take(
        section.id, .text, section.introduction, what, section: "reference")
      if let items = texts.referenceItems[section.id] {
        section.items = items
      } else if !section.items.isEmpty {
        note(section.id, what + " (its list)", section: "reference")
      }
      return section
    }

    strategy.plan.introduction = take("plan", .text, source.plan.introduction, "the plan’s text")
    strategy.plan.columns = source.plan.columns.map { column in
      var column = column
      let what = "the plan column “\(column.id)”"
      column.title = take(column.id, .title, column.title, what, section: "plan")
      column.hint = take(column.id, .hint, column.hint, what + " (its hint)", section: "plan")
      return column
    }
    return strategy
  }

  /// The translation's text for the field, or the source's (noted as missing when it has words).
  /// A section's own text goes by the section's id, which is also its `section`.
  private mutating func take(
    _ id: String, _ field: Field, _ original: String, _ what: String, section: String? = nil
  ) -> String {
    if let text = texts.text(id, field) { return text }
    if !original.isEmpty { note(id, what, section: section ?? id) }
    return original
  }

  private mutating func frontMatterText(
    _ key: String, _ original: String, _ frontMatter: ContentFrontMatter
  ) -> String {
    if let field = frontMatter.fields[key] { return field.value }
    note(key, "the \(key)", section: nil)
    return original
  }

  /// Notes a part once, by its first untranslated field.
  private mutating func note(_ id: String, _ what: String, section: String?) {
    guard !missing.contains(where: { $0.id == id }) else { return }
    missing.append(Missing(id: id, what: what, section: section))
  }
}

/// Where each id, and the title and attribution fields, are in the source file, for a warning to
/// point the translator at the text to translate.
private struct SourceLines {
  let lines: [String]

  init(text: String) { lines = ContentLines.split(Substring(text)) }

  func line(of id: String) -> Int {
    let found = lines.firstIndex { line in
      if line.hasPrefix(id + ":") { return true }
      return line.split(separator: "{#", omittingEmptySubsequences: false).dropFirst().contains {
        $0.hasPrefix(id + " ") || $0.hasPrefix(id + "}")
      }
    }
    return (found ?? 0) + 1
  }
}
