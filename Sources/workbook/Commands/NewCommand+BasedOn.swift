import WorkbookCore
import WorkbookStore
import WorkbookWorkflow

extension NewCommand {
  /// A session based on the earlier one `reference` names, by the rule every front end shares
  /// (`SessionBasedOnEarlier`); its refusals worded with the earlier file and this command's options.
  func create(basedOn reference: String, library: ContentLibrary, _ m: Messages) throws {
    let (_, path, earlier) = try store.load(reference, content: library, messages: m)
    let draft: Session
    do throws(SessionBasedOnEarlier.Refusal) {
      draft = try SessionBasedOnEarlier.draft(
        from: earlier, strategy: library.strategy(id: earlier.strategyID), title: title,
        organization: organization, strategyID: strategy, mode: mode.flatMap(SessionMode.init),
        participantNames: names, anonymous: anonymous)
    } catch .otherStrategy(let earlierStrategy, let asked) {
      throw StoreOptions.failure(
        m.output(.cliNewBasedOnOtherStrategy, path, earlierStrategy, asked))
    } catch .otherOrganization(let earlierOrganization, let given) {
      throw StoreOptions.failure(
        m.output(.cliNewBasedOnOtherOrganization, path, earlierOrganization, given))
    } catch .strategyNotInContent(let missing) {
      let known = library.strategies.map(\.id).joined(separator: ", ")
      throw StoreOptions.failure(m.output(.cliNewBasedOnStrategyMissing, path, missing, known))
    } catch .soloWithSeveral(let count) {
      throw StoreOptions.failure(m.output(.cliNewBasedOnSoloWithSeveral, path, count))
    }
    try createAndPrint(draft, m)
  }
}
