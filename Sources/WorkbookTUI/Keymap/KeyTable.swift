import WorkbookCore

/// The README's table of keys, made from the keymap so that the two cannot drift: a row per place
/// (the help's headings, in the keymap's order) listing what each key does there.
public enum KeyTable {
  /// The table as Markdown, its header row first, a line break after each row.
  public static func markdown() -> String {
    var rows: [(title: String, bindings: [KeyBinding])] = []
    for context in KeyContext.allCases {
      let bindings = Keymap.bindings(for: context)
      let title = Messages.english(context.titleKey)
      if let index = rows.firstIndex(where: { $0.title == title }) {
        rows[index].bindings += bindings
      } else {
        rows.append((title, bindings))
      }
    }
    var table = "| where | keys |\n|---|---|\n"
    for (title, bindings) in rows {
      let lines = Keymap.lines(bindings, messages: .english) { binding in
        binding.helpKeys.map { "`\($0)`" }
          ?? binding.keys.map { "`\($0.label)`" }.joined(separator: " ")
      }
      guard !lines.isEmpty else { continue }
      let cells = lines.map { "\($0.keys) \(lowercasingFirst($0.text))" }
      table += "| \(title) | \(escaped(cells.joined(separator: " · "))) |\n"
    }
    return table
  }

  /// "Select the one above" → "select the one above", as a phrase after the keys.
  private static func lowercasingFirst(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.lowercased() + text.dropFirst()
  }

  /// A pipe would end the cell.
  private static func escaped(_ text: String) -> String {
    text.replacing("|", with: "\\|")
  }
}
