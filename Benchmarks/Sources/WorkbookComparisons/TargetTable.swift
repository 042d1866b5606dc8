/// The comparisons' results as a table, each row with its target (if it has one) and whether the
/// run met it.
struct TargetTable {
  struct Row {
    var measurement: String
    var value: String
    var target: String
    var met: Bool?
  }

  private(set) var rows: [Row] = []

  mutating func add(_ measurement: String, _ value: String, target: String = "", met: Bool? = nil) {
    rows.append(Row(measurement: measurement, value: value, target: target, met: met))
  }

  var missed: [Row] { rows.filter { $0.met == false } }

  /// A Markdown table, to read in the terminal and to paste into docs/performance.md.
  func markdown() -> String {
    var lines = ["| Measurement | Result | Target | Met |", "|---|---:|---|---|"]
    for row in rows {
      let met = row.met.map { $0 ? "yes" : "**NO**" } ?? ""
      lines.append("| \(row.measurement) | \(row.value) | \(row.target) | \(met) |")
    }
    return lines.joined(separator: "\n")
  }
}

/// Formats numbers for the table.
enum Shown {
  static func milliseconds(_ nanoseconds: UInt64) -> String {
    decimal(Double(nanoseconds) / 1e6) + " ms"
  }
  static func microseconds(_ nanoseconds: UInt64) -> String {
    decimal(Double(nanoseconds) / 1e3) + " µs"
  }
  static func megabytes(_ kilobytes: Int) -> String { decimal(Double(kilobytes) / 1024) + " MB" }
  static func ratio(_ value: Double) -> String { decimal(value) + "×" }

  static func decimal(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
