extension KeyBinding {
  static let plan: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .plan(.moveUp), "The row above", hint: Hint("↑↓←→", "cell")),
    KeyBinding([.down, .character("j")], .plan(.moveDown), "The row below"),
    KeyBinding([.left, .character("h")], .plan(.moveLeft), "Previous column"),
    KeyBinding([.right, .character("l")], .plan(.moveRight), "Next column"),
    KeyBinding([.enter], .plan(.editCell), "Write in the cell", hint: Hint("Enter", "write")),
    KeyBinding([.character("a")], .plan(.addRow), "Add a row", hint: Hint("a", "add")),
    KeyBinding(
      [.character("d"), .delete], .plan(.deleteRow), "Delete row; u undoes",
      hint: Hint("d", "delete")),
    KeyBinding(
      [.character("K"), .character("<")], .plan(.moveRowUp), "Move the row up",
      hint: Hint("K J", "reorder")),
    KeyBinding([.character("J"), .character(">")], .plan(.moveRowDown), "Move the row down"),
    KeyBinding([.pageUp, .character("[")], .plan(.moveUp), "The row before"),
    KeyBinding([.pageDown, .character("]")], .plan(.moveDown), "The row after"),
  ]

  /// The card shows a row's fields top to bottom, so the arrows go through the fields as they
  /// are laid out; the rows are a page apart.
  static let planCard: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .plan(.moveLeft), "The field above", hint: Hint("↑↓", "field")),
    KeyBinding([.down, .character("j")], .plan(.moveRight), "The field below"),
    KeyBinding(
      [.pageUp, .character("[")], .plan(.moveUp), "The row before", hint: Hint("[ ]", "row")),
    KeyBinding([.pageDown, .character("]")], .plan(.moveDown), "The row after"),
  ]
}
