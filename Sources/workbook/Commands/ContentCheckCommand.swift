import ArgumentParser
import WorkbookCore
import WorkbookStore

/// `workbook content check [PATH]`: reads strategy files and lists every problem with its line.
struct ContentCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check strategy files and list every problem with its file and line.",
    discussion: """
      Prints one OK line per strategy and per translation and exits 0 when all is well; otherwise \
      prints each problem as file:line: message on standard error and exits 1. A translation \
      (name.LANG.md beside name.md) is checked against its source: an id the source lacks is a \
      problem; a text it lacks is a warning (file:line: warning: …), shown in the source's words.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "A strategy file or a folder of them (default: the content folder).", valueName: "PATH"))
  var path: String?

  @OptionGroup var language: LanguageOption
  @OptionGroup var content: ContentOptions

  func run() throws {
    let m = try language.messages()
    let library = try content.library(path: path)
    for entry in library.entries where entry.translationFile == nil {
      Output.print(m.output(.cliContentCheckOk, entry.file, Self.summary(of: entry.strategy, m)))
    }
    let checks: [TranslationCheck]
    do throws(ContentLoadError) {
      let checked =
        if let path { path } else { try ContentFolder.locate(option: content.folder).path }
      checks = try ContentLibrary.checkTranslations(path: checked)
    } catch {
      Output.error(ContentOptions.message(for: error))
      throw ExitCode.failure
    }
    for check in checks {
      for warning in check.warnings {
        Output.error("\(warning.file):\(warning.line): warning: \(warning.message)")
      }
      Output.print(
        check.warnings.isEmpty
          ? m.output(.cliContentCheckTranslationOk, check.file, check.language, check.source)
          : m.output(
            .cliContentCheckTranslationIncomplete, check.file, check.language, check.source,
            check.warnings.count))
    }
  }

  /// What a strategy holds, counted, so an author sees at a glance that nothing went missing.
  static func summary(of strategy: Strategy, _ m: Messages) -> String {
    let counts = [
      m(.cliContentCountReflectionQuestions, strategy.reflectionQuestions.count),
      m(.cliContentCountScoreItems, strategy.scoreItems.count),
      m(.cliContentCountRecommendationGroups, strategy.recommendationGroups.count),
      m(.cliContentCountRecommendations, strategy.recommendations.count),
      m(.cliContentCountReferenceSections, strategy.referenceSections.count),
      m(.cliContentCountPlanColumns, strategy.plan.columns.count),
    ]
    return ([strategy.id] + counts).joined(separator: ", ")
  }
}
