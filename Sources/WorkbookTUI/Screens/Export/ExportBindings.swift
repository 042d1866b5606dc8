extension KeyBinding {
  static let export: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .export(.previousFormat), .keyTheFormatAbove,
      hint: Hint("↑↓", .hintFormat)),
    KeyBinding([.down, .character("j")], .export(.nextFormat), .keyTheFormatBelow),
    KeyBinding(
      [.character("w"), .enter], .export(.write), .keyWriteTheFile, hint: Hint("w", .hintWrite)),
    KeyBinding(
      [.character("f")], .export(.editFileName), .keyChangeTheFileName, hint: Hint("f", .hintFile)),
    KeyBinding(
      [.pageDown, .character(" ")], .export(.scroll(.unmeasured(.pageDown))),
      .keyPageDownThePreview,
      hint: Hint("PgDn PgUp", .hintPreview)),
    KeyBinding([.pageUp], .export(.scroll(.unmeasured(.pageUp))), .keyPageUpThePreview),
    KeyBinding([.character("J")], .export(.scroll(.unmeasured(.down))), .keyScrollThePreviewDown),
    KeyBinding([.character("K")], .export(.scroll(.unmeasured(.up))), .keyScrollThePreviewUp),
  ]

  static let overwriteConfirmation: [KeyBinding] = [
    KeyBinding(
      [.character("y")], .export(.confirmOverwrite), .keyReplaceTheFile,
      hint: Hint("y", .hintReplaceIt)),
    KeyBinding(
      [.character("n"), .escape], .export(.cancelOverwrite), .keyKeepItNothingIsWritten,
      hint: Hint("n", .hintKeepIt)),
  ]
}
