import WorkbookWorkflow

extension KeyBinding {
  static let always: [KeyBinding] = [
    KeyBinding([.control("c")], .interrupt, "Quit now; all is saved"),
    KeyBinding(
      [.function(1)], .toggleHelp, "Show or hide the keys",
      hint: Hint("F1", "help", alwaysShown: true)),
  ]

  static let general: [KeyBinding] = [
    // Not on the status line: F1 is, since `?` is an answer while scoring and text in a field.
    KeyBinding([.character("?")], .toggleHelp, "Show or hide the keys"),
    KeyBinding([.character("q")], .quit, "Quit; all is saved", hint: Hint("q", "quit")),
  ]

  static let history: [KeyBinding] = [
    KeyBinding(
      [.character("u"), .control("z")], .undo, "Undo the last change",
      hint: Hint("u", "undo")),
    KeyBinding([.control("r"), .control("y")], .redo, "Redo what was undone"),
  ]

  static let steps: [KeyBinding] =
    [
      KeyBinding([.tab], .steps(.next), "Next step", hint: Hint("Tab", "step")),
      KeyBinding([.backTab], .steps(.previous), "Previous step"),
    ]
    + Step.allCases.map { step in
      KeyBinding(
        [.character(Character(String(step.number)))], .steps(.goTo(step)),
        "Go to step 1 to 6", helpKeys: "1–6", inHelp: step == .overview)
    }
    + [
      KeyBinding(
        [.escape], .steps(.close), "Close the session",
        hint: Hint("Esc", "sessions"))
    ]

  static let help: [KeyBinding] = [
    KeyBinding(
      [.escape, .enter, .function(1), .character("?"), .character("q")], .toggleHelp,
      "Close the help",
      hint: Hint("Esc", "close help"))
  ]

  static let tooSmall: [KeyBinding] = [
    KeyBinding([.character("q")], .quit, "Quit; all is saved", hint: Hint("q", "quit"))
  ]
}
