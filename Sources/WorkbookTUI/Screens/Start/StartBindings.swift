extension KeyBinding {
  static let start: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .start(.moveUp), .keySelectTheOneAbove,
      hint: Hint("↑↓", .hintMove)),
    KeyBinding([.down, .character("j")], .start(.moveDown), .keySelectTheOneBelow),
    KeyBinding([.enter], .start(.open), .keyOpenTheSession, hint: Hint("Enter", .hintOpen)),
    KeyBinding([.character("n")], .start(.new), .keyStartANewSession, hint: Hint("n", .hintNew)),
    KeyBinding(
      [.character("d"), .delete], .start(.delete), .keyDeleteAsksFirst,
      hint: Hint("d", .hintDelete)),
  ]

  static let lockedSession: [KeyBinding] = [
    KeyBinding(
      [.character("r")], .start(.openReadOnly), .keyFollowItReadOnly,
      hint: Hint("r", .hintFollowReadOnly)),
    KeyBinding(
      [.escape, .character("n")], .start(.dismissLocked), .keyBackToTheList,
      hint: Hint("Esc", .hintBack)),
  ]

  static let deletion: [KeyBinding] = [
    KeyBinding(
      [.character("y")], .start(.confirmDelete), .keyDeleteIt, hint: Hint("y", .hintDelete)),
    KeyBinding(
      [.character("n"), .escape], .start(.cancelDelete), .keyKeepIt, hint: Hint("n", .hintKeepIt)),
  ]
}
