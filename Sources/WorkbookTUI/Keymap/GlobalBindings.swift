import WorkbookWorkflow

extension KeyBinding {
  static let always: [KeyBinding] = [
    KeyBinding([.control("c")], .interrupt, .keyQuitNowAllIsSaved),
    KeyBinding(
      [.function(1)], .toggleHelp, .keyShowOrHideTheKeys,
      hint: Hint("F1", .hintHelp, alwaysShown: true)),
  ]

  static let general: [KeyBinding] = [
    // Not on the status line: F1 is, since `?` is an answer while scoring and text in a field.
    KeyBinding([.character("?")], .toggleHelp, .keyShowOrHideTheKeys),
    KeyBinding([.character("q")], .quit, .keyQuitAllIsSaved, hint: Hint("q", .hintQuit)),
  ]

  static let history: [KeyBinding] = [
    KeyBinding(
      [.character("u"), .control("z")], .undo, .keyUndoTheLastChange,
      hint: Hint("u", .hintUndo)),
    KeyBinding([.control("r"), .control("y")], .redo, .keyRedoWhatWasUndone),
  ]

  static let steps: [KeyBinding] =
    [
      KeyBinding([.tab], .steps(.next), .keyNextStep, hint: Hint("Tab", .hintStep)),
      KeyBinding([.backTab], .steps(.previous), .keyPreviousStep),
    ]
    + Step.allCases.map { step in
      KeyBinding(
        [.character(Character(String(step.number)))], .steps(.goTo(step)),
        .keyGoToStep1To6, helpKeys: "1–6", inHelp: step == .overview)
    }
    + [
      KeyBinding(
        [.escape], .steps(.close), .keyCloseTheSession,
        hint: Hint("Esc", .hintSessions))
    ]

  static let help: [KeyBinding] = [
    KeyBinding(
      [.escape, .enter, .function(1), .character("?"), .character("q")], .toggleHelp,
      .keyCloseTheHelp,
      hint: Hint("Esc", .hintCloseHelp))
  ]

  static let tooSmall: [KeyBinding] = [
    KeyBinding([.character("q")], .quit, .keyQuitAllIsSaved, hint: Hint("q", .hintQuit))
  ]
}
