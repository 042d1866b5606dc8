/// Keeps a spreadsheet from running a CSV cell as a formula (OWASP's "CSV injection"): a cell
/// that starts with `=`, `+`, `-` or `@`, or with a tab, carriage return, line feed or NUL, gets
/// an apostrophe in front, which Excel, LibreOffice Calc and Google Sheets take as "this is text"
/// and do not show. A cell that is a plain number ("-3", "+1.5") is left alone: a spreadsheet
/// reads it as the number it is, and no formula fits in one.
public enum CSVFormulaGuard {
  private static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "\n", "\0"]

  /// The value as a spreadsheet-safe cell.
  public static func guarded(_ value: String) -> String {
    guard let first = value.unicodeScalars.first, triggers.contains(first), !isPlainNumber(value)
    else { return value }
    return "'" + value
  }

  /// The value a guarded cell stands for: an apostrophe followed by a character that would
  /// start a formula is dropped; any other value is returned as it is.
  public static func unguarded(_ value: String) -> String {
    let scalars = value.unicodeScalars
    guard scalars.first == "'", let second = scalars.dropFirst().first, triggers.contains(second)
    else { return value }
    return String(value.unicodeScalars.dropFirst())
  }

  /// Digits with an optional sign and an optional fraction: "-3", "+1.5", "42".
  private static func isPlainNumber(_ value: String) -> Bool {
    var rest = Substring(value)
    if let sign = rest.first, sign == "-" || sign == "+" { rest = rest.dropFirst() }
    let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
    return (1...2).contains(parts.count)
      && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
  }
}
