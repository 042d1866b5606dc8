import Glibc
import WorkbookCore

/// The current time as sessions store it ("2026-12-01T05:42:35Z"), from the system clock and
/// written by `UTCTimestamp`, not by `Date.formatted(.iso8601)`, whose first use sets up
/// calendars and time zones: most of what opening a session cost beside reading it
/// (docs/performance.md).
enum UTCTime {
  static func iso8601(secondsSince1970 seconds: Int) -> String {
    UTCTimestamp(secondsSince1970: seconds).iso8601
  }

  /// The current time, from the system clock.
  static func now() -> String { iso8601(secondsSince1970: time(nil)) }
}
