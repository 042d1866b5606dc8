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
  ]
}
