import WorkbookCore

extension KeyBinding {
  /// The first key that sends `action` among `bindings`, as the help names it ("Enter", "f"):
  /// for a screen's own words about a key, so that they come from the keymap too. A screen
  /// names only an action its bindings hold (the screen snapshots draw every such sentence).
  static func key(for action: Action, in bindings: [KeyBinding]) -> String {
    guard let key = bindings.first(where: { $0.action == action })?.keys.first else {
      preconditionFailure("No key sends \(action) here")
    }
    return key.label
  }

  /// The keys the status line shows for `action` among `bindings` ("↑↓").
  static func hintKeys(for action: Action, in bindings: [KeyBinding]) -> String {
    guard let hint = bindings.first(where: { $0.action == action })?.hint else {
      preconditionFailure("No hint names the keys of \(action) here")
    }
    return hint.keys
  }

  /// The keys of a pair of opposite moves among `bindings`, each pair as "PgUp PgDn", in the
  /// bindings' order; the pair the status line shows comes first ("[ ] or PgUp PgDn").
  static func keyPairs(
    _ first: Action, _ second: Action, in bindings: [KeyBinding], messages: Messages
  ) -> String {
    guard let one = bindings.first(where: { $0.action == first }),
      let other = bindings.first(where: { $0.action == second })
    else { preconditionFailure("No keys send \(first) and \(second) here") }
    let pairs = zip(one.keys, other.keys).map { "\($0.label) \($1.label)" }
    let shown = one.hint.map(\.keys)
    let first = pairs.filter { $0 == shown }
    let ordered = first + pairs.filter { $0 != shown }
    return ordered.dropFirst().reduce(ordered.first ?? "") { messages(.tuiKeysOr, $0, $1) }
  }
}
