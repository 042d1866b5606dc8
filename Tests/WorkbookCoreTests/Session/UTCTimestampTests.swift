import FoundationEssentials
import Testing

@testable import WorkbookCore

/// Times read and written by calendar arithmetic are read and written exactly as the ISO 8601
/// format style reads and writes them: the stores' own form, times other tools write (offsets,
/// fractions of a second), dates that do not exist and text that is no time.
@Suite struct UTCTimestampTests {
  static let texts = [
    // The stores' own form: leap days, year ends, the first and last moments it covers.
    "2026-12-01T05:42:35Z", "1970-01-01T00:00:00Z", "2024-02-29T12:00:00Z",
    "2000-02-29T23:59:59Z", "2026-12-31T23:59:59Z", "2027-01-01T00:00:00Z",
    "2100-03-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-06-30T23:59:59Z",
    // The same form with a date or time that does not exist, or before 1970.
    "2026-02-29T10:00:00Z", "2100-02-29T10:00:00Z", "2026-13-01T10:00:00Z",
    "2026-00-10T10:00:00Z", "2026-04-31T10:00:00Z", "2026-12-00T10:00:00Z",
    "2026-12-01T24:00:00Z", "2026-12-01T23:60:00Z", "2016-12-31T23:59:60Z",
    "1969-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
    // Written by other tools: offsets, fractions of a second, both.
    "2026-12-01T07:42:35+02:00", "2026-12-01T00:12:35-05:30", "2026-12-01T05:42:35+00:00",
    "2026-12-31T23:30:00-01:00", "2024-02-29T01:00:00+02:00", "2026-12-01T05:42:35+0200",
    "2026-12-01T05:42:35.5Z", "2026-12-01T05:42:35.999Z", "2026-12-01T05:42:35.123456Z",
    "2026-12-31T23:59:59.999+01:00", "2026-12-01T05:42:35,5Z",
    // Not quite the form, and no time at all.
    "2026-12-01t05:42:35z", "2026-12-01 05:42:35Z", "2026-12-01T05:42Z", "2026-12-01T05:42:35",
    "2026-12-01", "20261201T054235Z", " 2026-12-01T05:42:35Z", "2026-12-01T05:42:35Z ",
    "2026-1-01T05:42:35Z", "２０２６-12-01T05:42:35Z", "2026-12-01T05:42:3xZ", "", "yesterday",
    "2026-12-01T05:42:35\u{0}",
  ]

  @Test("a time is read as the format style reads it", arguments: texts)
  func readsAsTheFormatStyle(text: String) {
    let expected = try? Date(text, strategy: .iso8601)
    #expect(UTCTimestamp(text)?.date == expected)
    guard let expected else { return }
    // Shown at a wall clock's offset, as the status line and the start screen show it.
    for offset in [0, 1, 59, 3600, -3600, 19_800, -36_000, 50_400, 86_400 * 366] {
      #expect(
        UTCTimestamp(text)?.adding(seconds: offset).iso8601
          == (expected + TimeInterval(offset)).formatted(.iso8601), "\(offset)")
    }
  }

  /// The stores' own form is read by its digits, not handed to the format style.
  @Test func theOwnFormIsReadByItsDigits() {
    for text in Self.texts where text.utf8.count == 20 && text.hasSuffix("Z") {
      guard let seconds = UTCTimestamp.ownSeconds(text) else { continue }
      #expect(Double(seconds) == (try? Date(text, strategy: .iso8601))?.timeIntervalSince1970)
    }
    #expect(UTCTimestamp.ownSeconds("2026-12-01T05:42:35Z") == 1_796_103_755)
    #expect(UTCTimestamp.ownSeconds("2024-02-29T12:00:00Z") == 1_709_208_000)
    #expect(UTCTimestamp.ownSeconds("2026-02-29T10:00:00Z") == nil)
    #expect(UTCTimestamp.ownSeconds("2026-12-01T07:42:35+02:00") == nil)
  }

  /// Every day from 1970 to past 2100 and moments spread over the years up to 9999 are written
  /// as the format style writes them, and read back to the same moment.
  @Test func aMomentIsWrittenAsTheFormatStyleWritesIt() {
    var moments = (0..<(366 * 135)).map { $0 * 86_400 + ($0 * 7_919) % 86_400 }
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<2_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      moments.append(Int(state >> 11) % 253_402_300_800)
    }
    moments += [0, 59, 86_399, 951_782_400, 1_709_251_199, 253_402_300_799]
    for seconds in moments {
      let text = UTCTimestamp(secondsSince1970: seconds).iso8601
      #expect(text == Date(timeIntervalSince1970: Double(seconds)).formatted(.iso8601))
      #expect(UTCTimestamp.ownSeconds(text) == seconds, "\(text)")
    }
  }

  @Test func secondsBetweenTwoTimesAreTheirDatesInterval() throws {
    let kept = try #require(UTCTimestamp("2026-12-01T05:42:35.5Z"))
    let now = try #require(UTCTimestamp("2026-12-01T05:43:35Z"))
    #expect(now.seconds(since: kept) == 59.5)
    let newYear = try #require(UTCTimestamp("2027-01-01T00:00:00Z"))
    #expect(try #require(UTCTimestamp("2026-12-31T23:59:59Z")).seconds(since: newYear) == -1)
  }
}
