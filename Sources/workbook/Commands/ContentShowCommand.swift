import ArgumentParser
import WorkbookCore

/// `workbook content show [ID] [--json]`: the parsed strategy, for people or for scripts.
struct ContentShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a strategy as the workbook reads it, with every id.",
    discussion: """
      Without an ID, shows every strategy of the content folder (with --json, as an array). With \
      an ID, shows that strategy (with --json, as one object). --language shows it in that \
      language's translation (de, fr, de-AT…), with the texts not translated marked; the \
      workbook's own words follow WORKBOOK_LANGUAGE or the locale.
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
    // --language chooses the content's translation to check, which an author may not read;
    // the workbook's own words follow WORKBOOK_LANGUAGE or the locale.
    let m = try LanguageOption.messages(option: nil)
    let library = try content.library(language: language.language)
    var strategies = library.strategies
    if let id {
      guard let strategy = library.strategy(id: id) else {
        let known = library.strategies.map(\.id).joined(separator: ", ")
        throw StoreOptions.failure(m.output(.cliContentNoSuchStrategy, id, known))
      }
      strategies = [strategy]
    }
    if json {
      let text = id == nil ? try JSONText.encode(strategies) : try JSONText.encode(strategies[0])
      Output.print("\(lines: text)")
    } else {
      Output.print(
        OutputText(joining: strategies.map { Self.text(of: $0, m) }, separator: "\n\n"))
    }
  }

  /// The strategy as plain text, every part with its id in brackets, the workbook's words in
  /// `m`'s language. The content's words are values (see `OutputText`); its introductions, made
  /// of paragraphs, keep their line breaks.
  static func text(of strategy: Strategy, _ m: Messages) -> OutputText {
    var lines: [OutputText] = []
    lines.append("\(strategy.title) [\(strategy.id)]")
    lines.append(m.output(.cliContentReportQuestion, strategy.reportQuestion, strategy.version))
    lines.append(m.output(.cliContentSource, strategy.source.url))
    lines.append(
      m.output(.cliContentLicence, strategy.source.licence, strategy.source.attribution))
    if let translation = strategy.translation {
      lines.append(m.output(.cliContentTranslation, translation.language, translation.note))
    }
    // A part whose text is still the source's says so, as the front ends and exports should.
    func mark(_ id: String) -> OutputText {
      strategy.translation?.isUntranslated(id) == true ? m.output(.cliContentNotTranslated) : ""
    }

    lines.append(
      contentsOf: ["", m.output(.cliContentHeadingIntroduction), "\(lines: strategy.introduction)"])

    lines.append(contentsOf: ["", m.output(.cliContentHeadingReflection)])
    if !strategy.reflectionIntroduction.isEmpty {
      lines.append("\(lines: strategy.reflectionIntroduction)")
    }
    for question in strategy.reflectionQuestions {
      let scores: OutputText = question.aboutScores ? m.output(.cliContentAboutTheScores) : ""
      lines.append("- [\(question.id)]\(scores)\(mark(question.id)) \(question.text)")
      if let choice = question.quickChoice {
        let options = choice.options.map { "\($0.label) [\($0.id)]" }.joined(separator: " / ")
        lines.append("    \(m.output(.cliContentQuickChoice, options))")
      }
    }

    let scale = strategy.scale
    lines.append(contentsOf: ["", m.output(.cliContentHeadingScale)])
    for value in scale.values {
      let label = scale.labels[value] ?? ""
      let described =
        value >= scale.highFrom
        ? m.output(.cliContentScaleHigh, value, label) : m.output(.cliContentScaleLow, value, label)
      lines.append("- \(described)")
    }

    lines.append(contentsOf: ["", m.output(.cliContentHeadingScoreItems)])
    if !strategy.scoreItemsIntroduction.isEmpty {
      lines.append("\(lines: strategy.scoreItemsIntroduction)")
    }
    for item in strategy.scoreItems {
      let group =
        item.groupID.map { m.output(.cliContentItemGroup, $0) }
        ?? m.output(.cliContentItemWholeStrategy)
      lines.append("- [\(item.id)]\(mark(item.id)) \(item.title)\(group)")
      lines.append("    \(lines: item.question)")
      lines.append("    \(scale.minimum): \(item.lowMeaning)")
      lines.append("    \(scale.maximum): \(item.highMeaning)")
    }

    lines.append(contentsOf: ["", m.output(.cliContentHeadingRecommendations)])
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

    lines.append(contentsOf: ["", m.output(.cliContentHeadingPlanColumns)])
    if !strategy.plan.introduction.isEmpty { lines.append("\(lines: strategy.plan.introduction)") }
    for column in strategy.plan.columns {
      let hint = column.hint.isEmpty ? "" : ": \(column.hint)"
      lines.append("- [\(column.id)]\(mark(column.id)) \(column.title)\(hint)")
    }
    return OutputText(joining: lines)
  }
}
