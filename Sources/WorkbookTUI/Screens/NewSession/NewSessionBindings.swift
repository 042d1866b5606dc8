extension KeyBinding {
  static let newSession: [KeyBinding] = [
    KeyBinding(
      [.tab, .down], .newSession(.nextField), .keyNextField, hint: Hint("Tab", .hintNextField)),
    KeyBinding([.backTab, .up], .newSession(.previousField), .keyPreviousField),
    KeyBinding(
      [.enter], .newSession(.enter),
      .keyNextAddOrCreate,
      hint: Hint("Enter", .hintNext)),
    KeyBinding(
      [.escape], .newSession(.cancel), .keyBackTheFormIsKept,
      hint: Hint("Esc", .hintBack)),
  ]

  static let textField: [KeyBinding] = [
    KeyBinding([.left], .newSession(.cursorLeft), .keyCursorLeft),
    KeyBinding([.right], .newSession(.cursorRight), .keyCursorRight),
    KeyBinding([.wordLeft], .newSession(.wordLeft), .keyAWordLeft),
    KeyBinding([.wordRight], .newSession(.wordRight), .keyAWordRight),
    KeyBinding([.home, .control("a")], .newSession(.cursorHome), .keyCursorToTheStart),
    KeyBinding([.end, .control("e")], .newSession(.cursorEnd), .keyCursorToTheEnd),
    KeyBinding([.backspace], .newSession(.deleteBackward), .keyDeleteBeforeTheCursor),
    KeyBinding([.delete], .newSession(.deleteForward), .keyDeleteAfterTheCursor),
  ]

  static let participantField: [KeyBinding] = [
    KeyBinding(
      [.control("n")], .newSession(.addParticipant), .keyAddAParticipant,
      hint: Hint("Ctrl-N", .hintAdd)),
    KeyBinding(
      [.control("x")], .newSession(.removeParticipant), .keyRemoveThisParticipant,
      hint: Hint("Ctrl-X", .hintRemove)),
  ]

  static let choiceField: [KeyBinding] = [
    KeyBinding(
      [.right, .character(" ")], .newSession(.nextChoice), .keyNextOption,
      hint: Hint("←→", .hintChange)),
    KeyBinding([.left], .newSession(.previousChoice), .keyPreviousOption),
  ]
}
