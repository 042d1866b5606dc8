import Glibc

/// A moment written as sessions store it: ISO 8601 in UTC to the second ("2026-12-01T05:42:35Z"),
/// as `Date.formatted(.iso8601)` writes it. Worked out with the C library's `gmtime_r` because
/// the format style's first use sets up calendars and time zones, most of what opening a
/// session cost beside reading it (docs/performance.md).
enum UTCTime {
  static func iso8601(secondsSince1970 seconds: Int) -> String {
    var time = time_t(seconds)
    var parts = tm()
    gmtime_r(&time, &parts)
    return digits(Int(parts.tm_year) + 1900, 4) + "-" + digits(Int(parts.tm_mon) + 1, 2) + "-"
      + digits(Int(parts.tm_mday), 2) + "T" + digits(Int(parts.tm_hour), 2) + ":"
      + digits(Int(parts.tm_min), 2) + ":" + digits(Int(parts.tm_sec), 2) + "Z"
  }

  /// The current time, from the system clock.
  static func now() -> String { iso8601(secondsSince1970: time(nil)) }

  private static func digits(_ value: Int, _ count: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, count - text.count)) + text
  }
}
