import Testing

@testable import WorkbookTUI

/// The status line and the help cannot disagree: on every screen the hints are those of the
/// bindings the help lists as working there, in the same order.
@Suite struct StatusLineHintTests {
  @Test func theHintsAreThoseOfTheKeysTheHelpListsAsWorking() {
    for (name, state) in WordCutWalk.screens() {
      for help in [false, true] {
        var shown = state
        if help, !shown.showingHelp { _ = update(&shown, .toggleHelp) }
        let listed = Keymap.activeBindings(in: shown).flatMap { $0.bindings.compactMap(\.hint) }
        #expect(Keymap.hints(in: shown) == listed, "\(name)\(help ? " + help" : "")")
      }
    }
  }
}
