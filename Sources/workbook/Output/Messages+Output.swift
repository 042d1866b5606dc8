import WorkbookCore

extension Messages {
  /// A message as printed text: its words are the workbook's, and every argument goes in shown
  /// as a value (`TerminalText.field`), so a title or a file name in it can neither send a
  /// control sequence nor start a line of its own. Printed text made earlier (`OutputText`) goes
  /// in as it is; numbers as they are, which also chooses their PLURAL forms.
  func output(_ key: MessageKey, _ arguments: any CustomStringConvertible...) -> OutputText {
    let shown = arguments.map { argument -> String in
      if let printed = argument as? OutputText { return printed.text }
      return TerminalText.field(argument.description)
    }
    return OutputText(escaped: text(key, arguments: shown))
  }
}
