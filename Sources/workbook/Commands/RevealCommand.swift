import ArgumentParser
import WorkbookCore
import WorkbookStore
import WorkbookWorkflow

/// `workbook reveal SESSION [--yes]`: the facilitator's reveal, from the shell.
struct RevealCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reveal",
    abstract: "Reveal a workshop's scores to everyone.",
    discussion: """
      Until the reveal, no screen, export or command shows anything of anyone's scores. Reveal \
      when everyone has scored; while someone has not, the workbook refuses unless --yes is \
      given, because once the scores are out that person can no longer score in private. The \
      reveal is written to the session at once; there is no command to hide the scores again. \
      A solo session needs no reveal: its scores show to its person once they are confirmed.
      """
  )

  @Argument(
    help: ArgumentHelp("The session: an id, a unique prefix, or a path.", valueName: "SESSION"))
  var reference: String

  @Flag(
    name: [.customShort("y"), .customLong("yes")],
    help: "Reveal even though some people have not scored yet.")
  var yes = false

  @OptionGroup var language: LanguageOption
  @OptionGroup var store: StoreOptions
  @OptionGroup var content: ContentOptions

  func run() throws {
    let m = try language.messages()
    // The content tells who has scored in a session of an older schema.
    let (sessions, path) = try store.resolve(
      reference, content: content.libraryIfFound(), messages: m)
    // Checked on a read-only copy first, so that a refusal never rewrites an older schema.
    let seen = try StoreOptions.reporting { () throws(SessionStoreError) in
      try sessions.load(path)
    }
    if let reason = try nothingToReveal(in: seen, m) {
      Output.print(reason)
      return
    }
    let revealed = try StoreOptions.reporting { () throws(SessionStoreError) in
      let lock = try sessions.lock(path)
      var session = try sessions.loadForEditing(holding: lock)
      session.reveal()
      let saved = try sessions.save(session, holding: lock)
      lock.release()
      return saved
    }
    Output.print(m.output(.cliRevealed, revealed.scoredSummary(m)))
    Output.print(m.output(.cliRevealedSeeThem, revealed.id))
  }

  /// Why `session` needs no reveal (a solo session, or one already revealed), or nil when it can
  /// be revealed. Refuses (exit 1, the reason on standard error) a reveal with nobody scored, or
  /// with someone yet to score unless --yes is given.
  private func nothingToReveal(in session: Session, _ m: Messages) throws -> OutputText? {
    switch session.revealReadiness {
    case .soloNeedsNone:
      return m.output(.cliRevealSolo, session.id)
    case .alreadyRevealed:
      return m.output(.cliRevealAlreadyRevealed, session.id, session.scoredSummary(m))
    case .nobodyHasScored:
      throw StoreOptions.failure(m.output(.cliRevealNobodyScored, session.id))
    case .waitingFor(let waiting) where !yes:
      // Real names, never anonymous labels: a label beside a name would undo the anonymity.
      let names = waiting.map(\.name).joined(separator: ", ")
      throw StoreOptions.failure(
        m.output(.cliRevealWaiting, session.scoredSummary(m), session.id, names))
    case .waitingFor, .everyoneHasScored:
      return nil
    }
  }
}
