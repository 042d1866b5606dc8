import ArgumentParser
import WorkbookCore
import WorkbookStore

/// `workbook scores import SESSION FILE`: sets scores from a CSV file, all or nothing.
struct ScoresImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import scores from a CSV file with the columns participant,item,score.",
    discussion: """
      Each row gives a participant's name (or id), a score item id and a score: 1–5, ? for \
      don't know, or na for not applicable. A first row participant,item,score is skipped. \
      Every row is checked; if any is bad, each bad row is reported with its line number and \
      nothing is imported. Imported scores replace earlier answers to the same items. Whoever \
      has then answered every item has finished scoring. An import never reveals a workshop's \
      scores: `workbook reveal` does, when the team is ready to see them.
      """
  )

  @Argument(
    help: ArgumentHelp("The session: an id, a unique prefix, or a path.", valueName: "SESSION"))
  var reference: String

  @Argument(help: ArgumentHelp("The CSV file.", valueName: "FILE"))
  var file: String

  @OptionGroup var language: LanguageOption
  @OptionGroup var store: StoreOptions
  @OptionGroup var content: ContentOptions

  func run() throws {
    let m = try language.messages()
    let library = try content.library()
    let (sessions, path) = try store.resolve(reference, content: library, messages: m)
    let text: String
    do throws(TextFile.Refusal) {
      text = try TextFile.read(file)
    } catch {
      throw StoreOptions.failure("\(error.description)")
    }
    // Everything is checked before the file is touched: an older schema is only rewritten
    // (with its backup) once the import is sure to be saved. The lock keeps other writers out
    // from the first read to the save.
    let lock: SessionLock
    let session: Session
    do {
      lock = try sessions.lock(path)
      session = try sessions.load(path)
    } catch {
      throw StoreOptions.failure("\(error.description)")
    }
    let strategy = try content.strategy(of: session, in: library, messages: m)
    let imported: ScoreImport
    do throws(ScoreImportFailure) {
      imported = try ScoreImport(csv: text, session: session, strategy: strategy)
    } catch {
      let problems = error.problems.map { problem -> OutputText in "\(file): \(problem.description)"
      }
      throw StoreOptions.failure(
        "\(OutputText(joining: problems))\n\(m.output(.cliImportNothingImported))")
    }
    guard !imported.rows.isEmpty else {
      throw StoreOptions.failure(m.output(.cliImportNoScores, file))
    }
    let updated: Session
    do {
      updated = imported.applied(to: try sessions.loadForEditing(holding: lock))
      try sessions.save(updated, holding: lock)
    } catch {
      throw StoreOptions.failure("\(error.description)")
    }
    lock.release()
    Output.print(m.output(.cliImported, imported.rows.count, session.id))
    Output.print(Self.nextStep(after: updated, m))
  }

  /// What to do next, in a word: an import never reveals a workshop's scores by itself.
  static func nextStep(after session: Session, _ m: Messages) -> OutputText {
    let id = session.id
    if !session.scoresHidden { return m.output(.cliImportSeeScores, id) }
    let count = session.participants.count
    if session.participants.allSatisfy(\.finishedScoring) {
      return m.output(.cliImportAllScored, count, id)
    }
    return m.output(
      .cliImportScoredEveryItem, session.participants.count(where: \.finishedScoring), count, id)
  }
}
