extension KeyBinding {
  static let export: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .export(.previousFormat), "The format above",
      hint: Hint("↑↓", "format")),
    KeyBinding([.down, .character("j")], .export(.nextFormat), "The format below"),
    KeyBinding(
      [.character("w"), .enter], .export(.write), "Write the file", hint: Hint("w", "write")),
    KeyBinding(
      [.character("f")], .export(.editFileName), "Change the file name", hint: Hint("f", "file")),
    KeyBinding(
      [.pageDown, .character(" ")], .export(.scroll(.unmeasured(.pageDown))),
      "Page down the preview",
      hint: Hint("PgDn PgUp", "preview")),
    KeyBinding([.pageUp], .export(.scroll(.unmeasured(.pageUp))), "Page up the preview"),
    KeyBinding([.character("J")], .export(.scroll(.unmeasured(.down))), "Scroll the preview down"),
    KeyBinding([.character("K")], .export(.scroll(.unmeasured(.up))), "Scroll the preview up"),
  ]

  static let overwriteConfirmation: [KeyBinding] = [
    KeyBinding(
      [.character("y")], .export(.confirmOverwrite), "Replace the file",
      hint: Hint("y", "replace it")),
    KeyBinding(
      [.character("n"), .escape], .export(.cancelOverwrite), "Keep it; nothing is written",
      hint: Hint("n", "keep it")),
  ]
}
