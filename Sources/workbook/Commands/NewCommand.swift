import ArgumentParser
import WorkbookCore
import WorkbookStore

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

  @OptionGroup var store: StoreOptions
  @OptionGroup var content: ContentOptions

  /// Every name given, in order, trimmed.
  var names: [String] {
    let listed = participants.map { $0.split(separator: ",").map(String.init) } ?? []
    return (participantNames + listed).map { Self.trimmed($0) }
  }

  static func trimmed(_ text: String) -> String {
    String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }

  func validate() throws {
    guard !Self.trimmed(title).isEmpty else {
      throw ValidationError("the title is empty; give one with --title")
    }
    if let mode, SessionMode(rawValue: mode) == nil {
      throw ValidationError("--mode is \"\(TerminalText.field(mode))\"; use workshop or solo")
    }
    let names = names
    // Names and titles show on every screen and in every export: a control character or a
    // direction override in one could hide or reorder what it says (see `LineText`).
    let texts =
      [("the title (--title)", title), ("the organization (--organization)", organization)]
      + names.enumerated().map { ("participant \($0.offset + 1)'s name", $0.element) }
    for (field, text) in texts {
      if let problem = LineText.problem(in: text, field: field) { throw ValidationError(problem) }
    }
    guard !names.isEmpty || basedOn != nil else {
      throw ValidationError("no participants; give --participant NAME or --participants \"A,B\"")
    }
    if let empty = names.firstIndex(where: \.isEmpty) {
      throw ValidationError("participant \(empty + 1) has an empty name")
    }
    guard names.count <= Session.maximumParticipants else {
      throw ValidationError(
        "\(names.count) participants; a session has at most \(Session.maximumParticipants)")
    }
    var seen: Set<String> = []
    for name in names where !seen.insert(name.lowercased()).inserted {
      throw ValidationError("\"\(name)\" is given twice; give each participant a distinct name")
    }
    if mode == SessionMode.solo.rawValue && names.count > 1 {
      throw ValidationError("a solo session has one participant; \(names.count) were given")
    }
  }

  func run() throws {
    let library = try content.library()
    if let basedOn {
      try create(basedOn: basedOn, library: library)
      return
    }
    let chosen = try library.chosenStrategy(strategy)
    let draft = Session(
      id: "", title: Self.trimmed(title), organization: organization,
      createdAt: "", mode: mode.flatMap(SessionMode.init) ?? .workshop,
      participants: Self.participants(names), anonymous: anonymous, strategyID: chosen.id,
      contentVersion: chosen.version)
    try createAndPrint(draft)
  }

  static func participants(_ names: [String]) -> [Participant] {
    names.enumerated().map { Participant(id: "p\($0.offset + 1)", name: $0.element) }
  }

  /// Shuffles the draft's labels, stores it and prints its id.
  func createAndPrint(_ draft: Session) throws {
    var draft = draft
    var generator = SystemRandomNumberGenerator()
    draft.shuffleLabels(using: &generator)
    let sessions = try store.store()
    let created = try StoreOptions.reporting { () throws(SessionStoreError) in
      try sessions.create(draft)
    }
    Output.print("\(created.id)")
  }
}
