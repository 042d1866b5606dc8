import ArgumentParser
import WorkbookCore
import WorkbookStore
import WorkbookWorkflow

/// `workbook new`: creates a session and prints its id.
struct NewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "new",
    abstract: "Create a session and print its id.",
    discussion: """
      Give the participants with --participant (once per person) or --participants "A,B,C", \
      in the order they score. A solo session has one participant.

      --based-on SESSION starts from the same organization's earlier session of the strategy: \
      the new session keeps that session's figures after its reveal (means, medians, agreement \
      and counts per item, never anyone's own score), its recommendations' marks and its plan, \
      whose rows the team reviews (done, in progress, dropped, or carried into the new plan). \
      It takes the earlier session's organization, strategy, mode and participants unless \
      --organization, --strategy, --mode or --participant say otherwise; a different \
      organization or strategy is refused. No answer of the earlier session becomes a score.

      The session remembers the language it was made in (--language, else WORKBOOK_LANGUAGE, \
      else the locale's): `workbook export` writes its reports in it unless another language \
      is asked for.
      """
  )

  @Option(help: "The session's title.")
  var title: String

  @Option(help: "The organization (chapter, user group, thematic organization).")
  var organization = ""

  @Option(help: "workshop (a team at one terminal, the default) or solo (one person).")
  var mode: String?

  @Option(name: .customLong("participant"), help: "A participant's name (repeat for each).")
  var participantNames: [String] = []

  @Option(help: "Participants' names separated by commas.")
  var participants: String?

  @Flag(
    help: ArgumentHelp(
      "Say \"Participant 1…n\" instead of names in results and exports (numbered in a random "
        + "order, never the scoring order)."))
  var anonymous = false

  @Option(help: "The strategy id (default: the content's only strategy).")
  var strategy: String?

  @Option(
    help: ArgumentHelp(
      "An earlier session of the same organization and strategy to start from (an id, a unique "
        + "prefix, or a path).", valueName: "SESSION"))
  var basedOn: String?

  @OptionGroup var language: LanguageOption
  @OptionGroup var store: StoreOptions
  @OptionGroup var content: ContentOptions

  /// Every name given, in order, trimmed.
  var names: [String] {
    let listed = participants.map { $0.split(separator: ",").map(String.init) } ?? []
    return (participantNames + listed).map { $0.trimmingSpaces() }
  }

  /// The workflow's rules for a new session (`NewSessionRules`), worded for the options.
  func validate() throws {
    let m = language.quietMessages()
    let names = names
    var problems = NewSessionRules.problems(
      title: title, organization: organization,
      mode: mode.flatMap(SessionMode.init) ?? .workshop, participantNames: names)
    // Based on an earlier session, the participants can come from it.
    if basedOn != nil { problems.removeAll { $0 == .noParticipants } }
    // An empty title is named before an unknown mode, and the mode before everything else.
    if problems.first != .emptyTitle, let mode, SessionMode(rawValue: mode) == nil {
      throw ValidationError(m(.cliNewModeUnknown, TerminalText.field(mode)))
    }
    guard let problem = problems.first else { return }
    throw ValidationError(message(for: problem, names: names, m))
  }

  /// The problem in `m`'s words. A forbidden character is said by `LineText`, in English.
  private func message(for problem: NewSessionProblem, names: [String], _ m: Messages) -> String {
    switch problem {
    case .emptyTitle: m(.cliNewEmptyTitle)
    case .forbiddenCharacter(let text):
      switch text {
      case .title: LineText.problem(in: title, field: "the title (--title)") ?? ""
      case .organization:
        LineText.problem(in: organization, field: "the organization (--organization)") ?? ""
      case .participant(let index):
        LineText.problem(in: names[index], field: "participant \(index + 1)'s name") ?? ""
      }
    case .noParticipants: m(.cliNewNoParticipants)
    case .emptyName(let index): m(.cliNewEmptyName, index + 1)
    case .tooManyParticipants(let count):
      m(.cliNewTooManyParticipants, count, Session.maximumParticipants)
    case .duplicateName(_, let name): m(.cliNewDuplicateName, name)
    case .soloWithMoreThanOne(let count): m(.cliNewSoloWithMoreThanOne, count)
    }
  }

  func run() throws {
    let m = try language.messages()
    let library = try content.library()
    if let basedOn {
      try create(basedOn: basedOn, library: library, m)
      return
    }
    let chosen = try library.chosenStrategy(strategy, messages: m)
    let request = NewSessionRequest(
      title: title.trimmingSpaces(), organization: organization,
      mode: mode.flatMap(SessionMode.init) ?? .workshop, participantNames: names,
      anonymous: anonymous, strategyID: chosen.id)
    // Not based on an earlier session, so the draft cannot be refused.
    try createAndPrint(try request.draft(strategy: chosen, earlier: nil), m)
  }

  /// Shuffles the draft's labels, gives it the language chosen (its exports are written in it),
  /// stores it and prints its id.
  func createAndPrint(_ draft: Session, _ m: Messages) throws {
    var draft = draft
    var generator = SystemRandomNumberGenerator()
    draft.shuffleLabels(using: &generator)
    draft.language = try language.chosen().code
    let sessions = try store.store(messages: m)
    let created = try StoreOptions.reporting { () throws(SessionStoreError) in
      try sessions.create(draft)
    }
    Output.print("\(created.id)")
  }
}
