/// Summaries of repeated measurements.
enum Percentiles {
  /// The value below which `fraction` of the measurements fall (nearest rank).
  static func of<T: Comparable>(_ values: [T], _ fraction: Double) -> T {
    let sorted = values.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[max(0, min(sorted.count - 1, rank))]
  }

  static func median<T: Comparable>(_ values: [T]) -> T { of(values, 0.5) }
}
