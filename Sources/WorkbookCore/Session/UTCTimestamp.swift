import FoundationEssentials

/// A moment as sessions store it: ISO 8601 in UTC to the second ("2026-12-01T05:42:35Z"), the
/// text `Date.formatted(.iso8601)` writes. That text is read and written by calendar arithmetic:
/// the format style parsed and formatted it on every frame after a save (the status line's
/// "saved at") and set up calendars and time zones on its first use. Any other text (an offset
/// such as "+02:00" or fractions of a second, written by another tool) is read by the format
/// style as before, so every time reads as it always did.
public struct UTCTimestamp: Sendable, Equatable {
  /// The moment, as the format style would have read it.
  public let date: Date

  public init(secondsSince1970 seconds: Int) {
    date = Date(timeIntervalSince1970: Double(seconds))
  }

  private init(date: Date) {
    self.date = date
  }

  /// The moment written in `text`, or nil when it is not an ISO 8601 time.
  public init?(_ text: String) {
    if let seconds = Self.ownSeconds(text) {
      self.init(secondsSince1970: seconds)
    } else if let date = try? Date(text, strategy: .iso8601) {
      self.init(date: date)
    } else {
      return nil
    }
  }

  /// The moment `seconds` later (earlier when negative).
  public func adding(seconds: Int) -> UTCTimestamp {
    UTCTimestamp(date: date + TimeInterval(seconds))
  }

  /// Seconds from `earlier` to this moment.
  public func seconds(since earlier: UTCTimestamp) -> Double {
    date.timeIntervalSince(earlier.date)
  }

  /// "2026-12-01T05:42:35Z", as `Date.formatted(.iso8601)` writes it.
  public var iso8601: String {
    let interval = date.timeIntervalSince1970
    guard interval == interval.rounded(.down), interval >= 0, interval < Self.year10000 else {
      return date.formatted(.iso8601)
    }
    let seconds = Int(interval)
    let (year, month, day) = Self.civilDate(daysSince1970: seconds / 86_400)
    let time = seconds % 86_400
    // "YYYY-MM-DDTHH:MM:SSZ": each number's digits, right-aligned, at its place.
    return String(unsafeUninitializedCapacity: 20) { text in
      func put(_ value: Int, endingAt end: Int, digits: Int) {
        var value = value
        for index in stride(from: end, to: end - digits, by: -1) {
          text[index] = UInt8(ascii: "0") + UInt8(value % 10)
          value /= 10
        }
      }
      (text[4], text[7], text[10]) = (UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: "T"))
      (text[13], text[16], text[19]) = (UInt8(ascii: ":"), UInt8(ascii: ":"), UInt8(ascii: "Z"))
      put(year, endingAt: 3, digits: 4)
      put(month, endingAt: 6, digits: 2)
      put(day, endingAt: 9, digits: 2)
      put(time / 3600, endingAt: 12, digits: 2)
      put(time / 60 % 60, endingAt: 15, digits: 2)
      put(time % 60, endingAt: 18, digits: 2)
      return 20
    }
  }

  /// 10000-01-01T00:00:00Z: from there on the year has five digits.
  private static let year10000 = 253_402_300_800.0

  /// The seconds since 1970 of text in the stores' own form with a date that exists and a year
  /// from 1970 to 9999; nil for any other text, which the format style reads.
  static func ownSeconds(_ text: String) -> Int? {
    var text = text
    return text.withUTF8 { bytes -> Int? in
      guard bytes.count == 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
        bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
        bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z")
      else { return nil }
      func number(_ start: Int, _ count: Int) -> Int? {
        var value = 0
        for index in start..<start + count {
          let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
          guard (0...9).contains(digit) else { return nil }
          value = value * 10 + digit
        }
        return value
      }
      guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
        let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
        year >= 1970, (1...12).contains(month), day >= 1,
        day <= daysInMonth(month, year: year), hour < 24, minute < 60, second < 60
      else { return nil }
      return daysSince1970(year: year, month: month, day: day) * 86_400 + hour * 3600
        + minute * 60 + second
    }
  }

  private static func daysInMonth(_ month: Int, year: Int) -> Int {
    switch month {
    case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  // Howard Hinnant's days_from_civil and civil_from_days, for the proleptic Gregorian calendar
  // (years from 1970 here, so no negative division).

  private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
    let shifted = month <= 2 ? year - 1 : year
    let era = shifted / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private static func civilDate(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 719_468
    let era = shifted / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}
