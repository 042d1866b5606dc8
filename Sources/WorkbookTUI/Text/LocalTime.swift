import WorkbookCore

/// Sessions store their times in UTC; people read the clock on their wall. The run loop tells the
/// state the local offset from UTC at launch, and times are shown shifted by it.
struct LocalTime {
  let offsetSeconds: Int

  /// "2026-11-25T18:57:03Z" at UTC+1 → "2026-11-25 19:57". Text that is not such a time is shown
  /// as it is.
  func dateAndTime(_ iso: String) -> String {
    guard let shifted = shifted(iso) else { return iso }
    return String(shifted.map { $0 == "T" ? " " : $0 }.prefix(16))
  }

  /// "2026-11-25T18:57:03Z" at UTC+1 → "19:57".
  func clockTime(_ iso: String) -> String {
    guard let shifted = shifted(iso) else { return iso }
    // The text is ASCII: its bytes are its characters.
    return String(Substring(shifted.utf8.dropFirst(11).prefix(5)))
  }

  /// The time as ISO 8601 text again, moved by the offset (so its "Z" no longer means UTC).
  private func shifted(_ iso: String) -> String? {
    UTCTimestamp(iso)?.adding(seconds: offsetSeconds).iso8601
  }
}
