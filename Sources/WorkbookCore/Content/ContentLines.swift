/// A strategy file's lines: split wherever a `Character` is a newline ("\n", "\r\n", "\r", vertical
/// tab, form feed, U+0085, U+2028, U+2029), as `split(whereSeparator: \.isNewline)` splits, but
/// by UTF-8 bytes. Splitting by `Character` works out every grapheme cluster of the file, and
/// walking its Unicode scalars one index at a time was still a tenth of the first frame; a newline
/// is always a cluster of its own (with "\r\n" the one cluster of two), and each newline's UTF-8
/// bytes start a scalar of their own, so the bytes give the same lines.
enum ContentLines {
  static func split(_ text: Substring) -> [String] {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { bytes in
      ranges(of: bytes).map {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)
      }
    }
  }

  /// Each line's range of `bytes`, its line break left out; the readers make a `String` only of
  /// the text they keep.
  static func ranges(of bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var start = 0
    var index = 0
    while index < bytes.count {
      // Most bytes are neither a line break nor the first byte of one: eight at a time, skip
      // eight that are all ASCII from 0x10 on.
      if index + 8 <= bytes.count {
        let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
        let below16 = (word &- 0x1010_1010_1010_1010) & ~word
        if (below16 | word) & 0x8080_8080_8080_8080 == 0 {
          index += 8
          continue
        }
      }
      if bytes[index] > 0x0D && bytes[index] < 0xC2 {
        index += 1
        continue
      }
      let width = newlineWidth(bytes, at: index)
      guard width > 0 else {
        index += 1
        continue
      }
      lines.append(start..<index)
      index += width
      start = index
    }
    lines.append(start..<bytes.count)
    return lines
  }

  /// The number of bytes of the line break at `index` ("\r\n" counts as one), or 0.
  private static func newlineWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    func byte(_ offset: Int) -> UInt8? {
      index + offset < bytes.count ? bytes[index + offset] : nil
    }
    switch bytes[index] {
    case 0x0D: return byte(1) == 0x0A ? 2 : 1
    case 0x0A...0x0C: return 1
    case 0xC2: return byte(1) == 0x85 ? 2 : 0  // U+0085
    case 0xE2: return byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9) ? 3 : 0  // U+2028/9
    default: return 0
    }
  }
}
