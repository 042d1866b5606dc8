import ArgumentParser
import FoundationEssentials
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

  @OptionGroup var store: StoreOptions
  @OptionGroup var content: ContentOptions

  func run() throws {
    let (sessions, path) = try store.resolve(reference)
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: file))
    } catch {
      throw StoreOptions.failure("cannot read \(file): \(FileErrorReason.text(of: error))")
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      let place = InvalidUTF8.find(in: data) ?? InvalidUTF8(line: 1, offset: 0)
      throw StoreOptions.failure(
        """
        \(file): line \(place.line): not UTF-8 text (byte \(place.offset)); save the file as UTF-8 \
        CSV and try again
        """)
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
    let strategy = try content.strategy(of: session)
    let imported: ScoreImport
    do throws(ScoreImportFailure) {
      imported = try ScoreImport(csv: text, session: session, strategy: strategy)
    } catch {
      let problems = error.problems.map { problem -> OutputText in "\(file): \(problem.description)"
      }
      throw StoreOptions.failure("\(OutputText(joining: problems))\nNothing was imported.")
    }
    guard !imported.rows.isEmpty else {
      throw StoreOptions.failure("\(file) holds no scores; nothing was imported")
    }
    let updated: Session
    do {
      updated = imported.applied(to: try sessions.loadForEditing(holding: lock))
      try sessions.save(updated, holding: lock)
    } catch {
      throw StoreOptions.failure("\(error.description)")
    }
    lock.release()
    let count = imported.rows.count
    Output.print("Imported \(count) score\(count == 1 ? "" : "s") into \(session.id).")
    Output.print("\(Self.nextStep(after: updated))")
  }

  /// What to do next, in a word: an import never reveals a workshop's scores by itself.
  static func nextStep(after session: Session) -> String {
    let id = session.id
    if !session.scoresHidden { return "See the scores with: workbook show \(id)" }
    let count = session.participants.count
    if session.participants.allSatisfy(\.finishedScoring) {
      return "All \(count) have scored. Reveal with: workbook reveal \(id)"
    }
    return "\(session.scoredSummary) every item; the scores stay hidden until you reveal them "
      + "(workbook reveal \(id))."
  }
}
