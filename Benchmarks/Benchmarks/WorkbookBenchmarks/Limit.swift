import Benchmark

/// The absolute targets as threshold tolerances. `thresholds check` compares a run's p90
/// with the value in Thresholds/<target>.<benchmark>.p90.json and fails when it differs by more
/// than the tolerance either way; each file holds half the target and the tolerance is the other
/// half, so any p90 from 0 to the target passes and anything above it fails.
enum Limit {
  static var keystroke: [BenchmarkMetric: BenchmarkThresholds] { halfOf(nanoseconds: 290_000) }
  static var markdownExport: [BenchmarkMetric: BenchmarkThresholds] {
    halfOf(nanoseconds: 20_000_000)
  }
  /// In process; `workbook list` as a command is timed by WorkbookComparisons.
  static var list: [BenchmarkMetric: BenchmarkThresholds] { halfOf(nanoseconds: 100_000_000) }
  /// What `workbook summary` does over a folder of 1,000 sessions, in process.
  static var summary: [BenchmarkMetric: BenchmarkThresholds] { halfOf(nanoseconds: 500_000_000) }

  private static func halfOf(nanoseconds: Int) -> [BenchmarkMetric: BenchmarkThresholds] {
    [.wallClock: BenchmarkThresholds(absolute: [.p90: nanoseconds / 2])]
  }
}
