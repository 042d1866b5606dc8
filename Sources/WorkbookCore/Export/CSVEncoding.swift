/// RFC 4180 comma-separated values: records end in CRLF; a field holding a comma, a double quote,
/// a carriage return or a line feed is put in double quotes, with its double quotes doubled.
/// By default a cell that a spreadsheet would run as a formula gets an apostrophe in front (see
/// `CSVFormulaGuard`); raw, every value is written exactly as typed. For standard output each
/// record is one line ending in LF and each value is shown through `TerminalText.field`, so no
/// cell can send a control sequence to a terminal or start a line of its own.
struct CSVEncoding {
  var guardsFormulas = true
  var destination = ExportDestination.file

  init(options: ExportOptions) {
    guardsFormulas = options.csvFormulaGuard
    destination = options.destination
  }

  init() {}

  func table(header: [String], rows: [[String]]) -> String {
    ([header] + rows).map(record).joined()
  }

  func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + (destination == .file ? "\r\n" : "\n")
  }

  func field(_ value: String) -> String {
    var value = guardsFormulas ? CSVFormulaGuard.guarded(value) : value
    if destination == .standardOutput { value = TerminalText.field(value) }
    let needsQuotes = value.unicodeScalars.contains { "\",\r\n".unicodeScalars.contains($0) }
    guard needsQuotes else { return value }
    return "\"" + value.replacing("\"", with: "\"\"") + "\""
  }
}
