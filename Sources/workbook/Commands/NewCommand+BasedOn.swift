import WorkbookCore
import WorkbookStore
import WorkbookWorkflow

extension NewCommand {
  /// A session based on the earlier one `reference` names: its organization, strategy, mode and
  /// participants unless given, its figures, marks and plan kept for the comparison and the plan
  /// review (`SessionSnapshot`), and not one of its answers as a score.
  func create(basedOn reference: String, library: ContentLibrary) throws {
    let (sessions, path) = try store.resolve(reference, content: library)
    let earlier = try StoreOptions.reporting { () throws(SessionStoreError) in
      try sessions.load(path)
    }
    if let strategy, strategy != earlier.strategyID {
      throw StoreOptions.failure(
        """
        \(path) assesses the strategy “\(earlier.strategyID)”, not “\(strategy)”; a session can \
        be based only on an earlier one of its own strategy
        """)
    }
    let given = organization.trimmingSpaces()
    let earlierOrganization = earlier.organization.trimmingSpaces()
    if !given.isEmpty && given.lowercased() != earlierOrganization.lowercased() {
      throw StoreOptions.failure(
        """
        \(path) is the organization “\(earlierOrganization)”'s, not “\(given)”'s; a session can \
        be based only on an earlier one of the same organization (leave out --organization to \
        take the earlier one's)
        """)
    }
    guard let chosen = library.strategy(id: earlier.strategyID) else {
      let known = library.strategies.map(\.id).joined(separator: ", ")
      throw StoreOptions.failure(
        """
        \(path) uses the strategy “\(earlier.strategyID)”, which the content does not have (it \
        has: \(known)); point --content at the folder that has it
        """)
    }
    let chosenMode = mode.flatMap(SessionMode.init) ?? earlier.mode
    let carriedNames = names.isEmpty ? earlier.participants.map(\.name) : names
    if chosenMode == .solo && carriedNames.count > 1 {
      throw StoreOptions.failure(
        """
        a solo session has one participant, and \(path) had \(carriedNames.count); give the one \
        with --participant NAME
        """)
    }
    try createAndPrint(
      Session(
        id: "", title: title.trimmingSpaces(), organization: earlierOrganization, createdAt: "",
        mode: chosenMode, participants: NewSessionRules.participants(carriedNames),
        anonymous: anonymous || earlier.anonymous, strategyID: chosen.id,
        contentVersion: chosen.version,
        basedOn: EarlierSession(snapshot: SessionSnapshot(of: earlier, strategy: chosen))))
  }
}
