extension KeyBinding {
  static let plan: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .plan(.moveUp), .keyTheRowAbove, hint: Hint("↑↓←→", .hintCell)),
    KeyBinding([.down, .character("j")], .plan(.moveDown), .keyTheRowBelow),
    KeyBinding([.left, .character("h")], .plan(.moveLeft), .keyPreviousColumn),
    KeyBinding([.right, .character("l")], .plan(.moveRight), .keyNextColumn),
    KeyBinding([.enter], .plan(.editCell), .keyWriteInTheCell, hint: Hint("Enter", .hintWrite)),
    KeyBinding([.character("a")], .plan(.addRow), .keyAddARow, hint: Hint("a", .hintAdd)),
    KeyBinding(
      [.character("d"), .delete], .plan(.deleteRow), .keyDeleteRowUUndoes,
      hint: Hint("d", .hintDelete)),
    KeyBinding(
      [.character("K"), .character("<")], .plan(.moveRowUp), .keyMoveTheRowUp,
      hint: Hint("K J", .hintReorder)),
    KeyBinding([.character("J"), .character(">")], .plan(.moveRowDown), .keyMoveTheRowDown),
    KeyBinding([.pageUp, .character("[")], .plan(.moveUp), .keyTheRowBefore),
    KeyBinding([.pageDown, .character("]")], .plan(.moveDown), .keyTheRowAfter),
  ]

  /// The card shows a row's fields top to bottom, so the arrows go through the fields as they
  /// are laid out; the rows are a page apart.
  static let planCard: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .plan(.moveLeft), .keyTheFieldAbove, hint: Hint("↑↓", .hintField)),
    KeyBinding([.down, .character("j")], .plan(.moveRight), .keyTheFieldBelow),
    KeyBinding(
      [.pageUp, .character("[")], .plan(.moveUp), .keyTheRowBefore, hint: Hint("[ ]", .hintRow)),
    KeyBinding([.pageDown, .character("]")], .plan(.moveDown), .keyTheRowAfter),
  ]
}
