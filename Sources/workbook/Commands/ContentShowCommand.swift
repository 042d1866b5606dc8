import ArgumentParser
import WorkbookCore

/// `workbook content show [ID] [--json]`: the parsed strategy, for people or for scripts.
struct ContentShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a strategy as the workbook reads it, with every id.",
    discussion: """
      Without an ID, shows every strategy of the content folder (with --json, as an array). With \
      an ID, shows that strategy (with --json, as one object). In another language than \
      English (--language, WORKBOOK_LANGUAGE or the locale), the strategy is shown in that \
      language's translation where there is one, with the texts not translated marked.
      """
  )

  @Argument(help: ArgumentHelp("The id of the strategy to show.", valueName: "ID"))
  var id: String?

  @Flag(help: "Print JSON (pretty, keys sorted) for scripts.")
  var json = false

  // Shared with `workbook` itself, which reads --language wherever it stands: a subcommand's own
  // option of that name would never get its value.
  @OptionGroup var language: LanguageOption

  @OptionGroup var content: ContentOptions

  func run() throws {
    let library = try content.library(language: try language.contentLanguage())
    var strategies = library.strategies
    if let id {
      guard let strategy = library.strategy(id: id) else {
        let known = library.strategies.map(\.id).joined(separator: ", ")
        Output.error("no strategy with id “\(id)”; the strategies are: \(known)")
        throw ExitCode.failure
      }
      strategies = [strategy]
    }
    if json {
      let text = id == nil ? try JSONText.encode(strategies) : try JSONText.encode(strategies[0])
      Output.print("\(lines: text)")
    } else {
      Output.print(OutputText(joining: strategies.map(Self.text), separator: "\n\n"))
    }
  }

  /// The strategy as plain text, every part with its id in brackets. The content's words are
  /// values (see `OutputText`); its introductions, made of paragraphs, keep their line breaks.
  static func text(of strategy: Strategy) -> OutputText {
    var lines: [OutputText] = []
    lines.append("\(strategy.title) [\(strategy.id)]")
    lines.append("Report question \(strategy.reportQuestion) · version \(strategy.version)")
    lines.append("Source: \(strategy.source.url)")
    lines.append("Licence: \(strategy.source.licence). \(strategy.source.attribution)")
    if let translation = strategy.translation {
      lines.append("Translation (\(translation.language)): \(translation.note)")
    }
    // A part whose text is still the source's says so, as the front ends and exports should.
    func mark(_ id: String) -> String {
      strategy.translation?.isUntranslated(id) == true ? " (not translated)" : ""
    }

    lines.append(contentsOf: ["", "INTRODUCTION", "\(lines: strategy.introduction)"])

    lines.append(contentsOf: ["", "REFLECTION QUESTIONS"])
    if !strategy.reflectionIntroduction.isEmpty {
      lines.append("\(lines: strategy.reflectionIntroduction)")
    }
    for question in strategy.reflectionQuestions {
      let scores = question.aboutScores ? " (about the scores)" : ""
      lines.append("- [\(question.id)]\(scores)\(mark(question.id)) \(question.text)")
      if let choice = question.quickChoice {
        let options = choice.options.map { "\($0.label) [\($0.id)]" }.joined(separator: " / ")
        lines.append("    quick choice: \(options)")
      }
    }

    let scale = strategy.scale
    lines.append(contentsOf: ["", "SCALE"])
    for value in scale.values {
      let band = value >= scale.highFrom ? "high" : "low"
      lines.append("- \(value): \(scale.labels[value] ?? "") (\(band))")
    }

    lines.append(contentsOf: ["", "SCORE ITEMS"])
    if !strategy.scoreItemsIntroduction.isEmpty {
      lines.append("\(lines: strategy.scoreItemsIntroduction)")
    }
    for item in strategy.scoreItems {
      let group = item.groupID.map { " (group \($0))" } ?? " (the strategy as a whole)"
      lines.append("- [\(item.id)]\(mark(item.id)) \(item.title)\(group)")
      lines.append("    \(lines: item.question)")
      lines.append("    \(scale.minimum): \(item.lowMeaning)")
      lines.append("    \(scale.maximum): \(item.highMeaning)")
    }

    lines.append(contentsOf: ["", "RECOMMENDATIONS"])
    if !strategy.recommendationsIntroduction.isEmpty {
      lines.append("\(lines: strategy.recommendationsIntroduction)")
    }
    for group in strategy.recommendationGroups {
      lines.append("[\(group.id)]\(mark(group.id)) \(group.title)")
      for recommendation in group.recommendations {
        lines.append("- [\(recommendation.id)]\(mark(recommendation.id)) \(recommendation.text)")
      }
    }

    for section in strategy.referenceSections {
      lines.append(contentsOf: ["", "\(section.title.uppercased()) [\(section.id)]"])
      if !section.introduction.isEmpty { lines.append("\(lines: section.introduction)") }
      lines.append(contentsOf: section.items.map { "- \($0)" })
    }

    lines.append(contentsOf: ["", "PLAN COLUMNS"])
    if !strategy.plan.introduction.isEmpty { lines.append("\(lines: strategy.plan.introduction)") }
    for column in strategy.plan.columns {
      let hint = column.hint.isEmpty ? "" : ": \(column.hint)"
      lines.append("- [\(column.id)]\(mark(column.id)) \(column.title)\(hint)")
    }
    return OutputText(joining: lines)
  }
}
