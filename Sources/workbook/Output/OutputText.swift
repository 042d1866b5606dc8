import WorkbookCore

/// Text a command prints. Its literal parts are the workbook's own words and layout; every value
/// put into it with `\(…)` is shown through `TerminalText.field`, so a title, a name, a file name
/// or a cell can neither send a control sequence nor start a line of its own. Text the workbook
/// laid out in lines itself (a report, the problems of a content file) goes in with
/// `\(lines: …)`, which keeps its line breaks. Numbers go in as they are.
struct OutputText: ExpressibleByStringInterpolation, CustomStringConvertible, Sendable {
  /// The text, every value already escaped; `Output` passes it through `TerminalText.document`
  /// once more on its way out, so even a literal cannot carry a control character.
  fileprivate(set) var text: String

  var description: String { text }

  init(stringLiteral literal: String) {
    text = literal
  }

  init(stringInterpolation: Interpolation) {
    text = stringInterpolation.text
  }

  /// Text built from values already escaped with `TerminalText.field` (a table whose columns
  /// are measured after escaping).
  init(escaped text: String) {
    self.text = text
  }

  /// Lines of printed text joined into one, with `separator` between them.
  init(joining parts: some Sequence<OutputText>, separator: String = "\n") {
    text = parts.map(\.text).joined(separator: separator)
  }

  struct Interpolation: StringInterpolationProtocol {
    fileprivate var text = ""

    init(literalCapacity: Int, interpolationCount: Int) {
      text.reserveCapacity(literalCapacity + 16 * interpolationCount)
    }

    mutating func appendLiteral(_ literal: String) {
      text += literal
    }

    /// A value on one line: shown escaped (see `TerminalText.field`).
    mutating func appendInterpolation(_ value: some StringProtocol) {
      text += TerminalText.field(value)
    }

    mutating func appendInterpolation(_ number: Int) {
      text += String(number)
    }

    /// Text the workbook laid out in lines: its line breaks and tabs stay.
    mutating func appendInterpolation(lines: some StringProtocol) {
      text += TerminalText.document(lines)
    }

    /// Printed text made earlier.
    mutating func appendInterpolation(_ printed: OutputText) {
      text += printed.text
    }
  }
}
