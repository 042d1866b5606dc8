extension KeyBinding {
  static let newSession: [KeyBinding] = [
    KeyBinding(
      [.tab, .down], .newSession(.nextField), "Next field", hint: Hint("Tab", "next field")),
    KeyBinding([.backTab, .up], .newSession(.previousField), "Previous field"),
    KeyBinding(
      [.enter], .newSession(.enter),
      "Next, add or create",
      hint: Hint("Enter", "next")),
    KeyBinding(
      [.escape], .newSession(.cancel), "Back; the form is kept",
      hint: Hint("Esc", "back")),
  ]

  static let textField: [KeyBinding] = [
    KeyBinding([.left], .newSession(.cursorLeft), "Cursor left"),
    KeyBinding([.right], .newSession(.cursorRight), "Cursor right"),
    KeyBinding([.wordLeft], .newSession(.wordLeft), "A word left"),
    KeyBinding([.wordRight], .newSession(.wordRight), "A word right"),
    KeyBinding([.home, .control("a")], .newSession(.cursorHome), "Cursor to the start"),
    KeyBinding([.end, .control("e")], .newSession(.cursorEnd), "Cursor to the end"),
    KeyBinding([.backspace], .newSession(.deleteBackward), "Delete before the cursor"),
    KeyBinding([.delete], .newSession(.deleteForward), "Delete after the cursor"),
  ]

  static let participantField: [KeyBinding] = [
    KeyBinding(
      [.control("n")], .newSession(.addParticipant), "Add a participant",
      hint: Hint("Ctrl-N", "add")),
    KeyBinding(
      [.control("x")], .newSession(.removeParticipant), "Remove this participant",
      hint: Hint("Ctrl-X", "remove")),
  ]

  static let choiceField: [KeyBinding] = [
    KeyBinding(
      [.right, .character(" ")], .newSession(.nextChoice), "Next option",
      hint: Hint("←→", "change")),
    KeyBinding([.left], .newSession(.previousChoice), "Previous option"),
  ]
}
