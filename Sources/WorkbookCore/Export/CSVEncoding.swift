/// RFC 4180 comma-separated values: records end in CRLF; a field holding a comma, a double quote,
/// a carriage return or a line feed is put in double quotes, with its double quotes doubled.
/// Values are written exactly as typed, so a spreadsheet or a CSV reader gets them back unchanged.
enum CSVEncoding {
  static func table(header: [String], rows: [[String]]) -> String {
    ([header] + rows).map(record).joined()
  }

  static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  static func field(_ value: String) -> String {
    let needsQuotes = value.unicodeScalars.contains { "\",\r\n".unicodeScalars.contains($0) }
    guard needsQuotes else { return value }
    return "\"" + value.replacing("\"", with: "\"\"") + "\""
  }
}
