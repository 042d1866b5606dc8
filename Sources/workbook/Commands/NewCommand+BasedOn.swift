import WorkbookCore
import WorkbookStore
import WorkbookWorkflow

extension NewCommand {
  /// A session based on the earlier one `reference` names, by the rule every front end shares
  /// (`SessionBasedOnEarlier`); its refusals worded with the earlier file and this command's options.
  func create(basedOn reference: String, library: ContentLibrary) throws {
    let (_, path, earlier) = try store.load(reference, content: library)
    let draft: Session
    do throws(SessionBasedOnEarlier.Refusal) {
      draft = try SessionBasedOnEarlier.draft(
        from: earlier, strategy: library.strategy(id: earlier.strategyID), title: title,
        organization: organization, strategyID: strategy, mode: mode.flatMap(SessionMode.init),
        participantNames: names, anonymous: anonymous)
    } catch .otherStrategy(let earlierStrategy, let asked) {
      throw StoreOptions.failure(
        """
        \(path) assesses the strategy “\(earlierStrategy)”, not “\(asked)”; a session can \
        be based only on an earlier one of its own strategy
        """)
    } catch .otherOrganization(let earlierOrganization, let given) {
      throw StoreOptions.failure(
        """
        \(path) is the organization “\(earlierOrganization)”'s, not “\(given)”'s; a session can \
        be based only on an earlier one of the same organization (leave out --organization to \
        take the earlier one's)
        """)
    } catch .strategyNotInContent(let missing) {
      let known = library.strategies.map(\.id).joined(separator: ", ")
      throw StoreOptions.failure(
        """
        \(path) uses the strategy “\(missing)”, which the content does not have (it \
        has: \(known)); point --content at the folder that has it
        """)
    } catch .soloWithSeveral(let count) {
      throw StoreOptions.failure(
        """
        a solo session has one participant, and \(path) had \(count); give the one \
        with --participant NAME
        """)
    }
    try createAndPrint(draft)
  }
}
