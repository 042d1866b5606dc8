/// A bar chart of how many gave each score, in plain text for a monospaced font, e.g.
///
///     1 │ 0
///     2 │ ████ 1
///     3 │ ████████ 2
///
/// Each answer is up to four blocks wide, fewer when many gave the same score, so the longest bar
/// stays within 40 columns and the chart within an 80-column terminal.
enum DistributionChart {
  static let maximumBarWidth = 40

  static func lines(scale: ScoreScale, counts: [Int]) -> [String] {
    let largest = counts.max() ?? 0
    let unit = max(1, min(4, maximumBarWidth / max(1, largest)))
    let labelWidth = scale.values.map { String($0).count }.max() ?? 1
    return zip(scale.values, counts).map { value, count in
      let label = String(repeating: " ", count: labelWidth - String(value).count) + String(value)
      let bar = String(repeating: "█", count: min(maximumBarWidth, count * unit))
      return "\(label) │ " + (bar.isEmpty ? "" : "\(bar) ") + String(count)
    }
  }
}
