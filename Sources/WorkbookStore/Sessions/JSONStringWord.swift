/// Eight bytes of a JSON string's text at once: where a quote, a backslash or a control
/// character (below 0x20) may stand, the bytes that do not stand for themselves between the
/// quotes. The session reader skips plain bytes by it and the writer copies them by it.
enum JSONStringWord {
  /// The top bit of each byte of `word` (its lowest byte first) that may be such a byte: never
  /// clear where one is, and set wrongly only above a byte that truly is one, so the lowest mark
  /// is exact. A byte below n sets its top bit in `(x - n·0x01…) & ~x & 0x80…` for any n up to
  /// 0x80, and an equal byte is a zero byte after an exclusive or.
  static func marks(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let quotes = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
    let backslashes = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
    let quote = (quotes &- ones) & ~quotes
    let backslash = (backslashes &- ones) & ~backslashes
    let control = (word &- ones &* 0x20) & ~word
    return (quote | backslash | control) & 0x8080_8080_8080_8080
  }
}
