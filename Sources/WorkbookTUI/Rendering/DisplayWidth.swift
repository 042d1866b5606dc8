import WorkbookCore

/// How many terminal columns text takes: 0 for combining marks and other zero-width scalars,
/// 2 for East Asian wide and fullwidth characters and emoji, 1 otherwise. Measured per grapheme
/// cluster, so "é" written as e + combining acute is one column and a family emoji is two. A
/// character a terminal would act on takes 1: `ScreenBuffer` shows it as a one-cell symbol.
extension Character {
  public var displayWidth: Int {
    let scalars = unicodeScalars
    guard let first = scalars.first else { return 0 }
    if isUnsafeOnTerminal { return 1 }
    // Variation selector 16 asks for the emoji presentation, which terminals draw two columns wide.
    if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    return first.displayWidth
  }
}

extension Unicode.Scalar {
  /// The width of a scalar standing alone (see `Character.displayWidth`).
  public var displayWidth: Int {
    let value = self.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if value < 0x300 { return 1 }
    // Punctuation ("–", "…", quotes), the hints' arrows and box drawing and block elements
    // (rules, the Results' bars, hundreds of "█" a frame): one column each, none of them a mark,
    // a format character, an emoji or in a wide block, so answered without looking up their
    // properties.
    if isCommonOneColumn { return 1 }
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B { return 0 }
    if properties.isEmojiPresentation { return 2 }
    return isInWideBlock ? 2 : 1
  }

  // Both below are switches rather than lists of ranges: a list of `ClosedRange`s would make the
  // runtime look up `UInt32: Comparable` among every conformance of the program on first use.

  /// Whether the scalar is among those one column wide that a frame draws often (see
  /// `displayWidth`).
  var isCommonOneColumn: Bool {
    switch value {
    case 0x2010...0x2027, 0x2190...0x2193, 0x2500...0x259F: true
    default: false
    }
  }

  /// Whether the scalar is in an East Asian Wide (W) or Fullwidth (F) block of Unicode's
  /// EastAsianWidth.txt, coarsened to blocks; emoji are found by their presentation property
  /// instead.
  var isInWideBlock: Bool {
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
      0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
      0x20000...0x2FFFD, 0x30000...0x3FFFD:
      true
    default: false
    }
  }
}

extension StringProtocol {
  /// The number of terminal columns the text takes on one line.
  public var displayWidth: Int {
    // Printable ASCII, most of what is drawn, is one column a byte; only other text needs the
    // walk over grapheme clusters.
    if utf8.isPrintableASCII { return utf8.count }
    // Then text of scalars that stand alone in one column (typographic quotes and dashes, Latin
    // letters) is one column a scalar.
    var scalars = 0
    for scalar in unicodeScalars {
      guard scalar.standsAloneInOneColumn else { return reduce(0) { $0 + $1.displayWidth } }
      scalars += 1
    }
    return scalars
  }
}

extension Unicode.Scalar {
  /// Whether the scalar is one column wide and a grapheme cluster of its own whatever is beside
  /// it: printable ASCII, Latin-1 and Latin Extended-A letters and signs (but the soft hyphen),
  /// the typographic dashes, quotes, bullets and ellipsis of U+2010–U+2027, the arrows ←↑→↓ of
  /// the key hints (U+2190–U+2193, none of them an emoji), and box drawing and block elements
  /// (U+2500–U+259F: the Results' bars). None of them joins a cluster (none extends, prepends or
  /// is a control), none is unsafe on a terminal, so in text made only of them every scalar is a
  /// `Character` one column wide.
  var standsAloneInOneColumn: Bool {
    switch value {
    case 0x20..<0x7F, 0xA0..<0xAD, 0xAE...0x17F, 0x2010...0x2027, 0x2190...0x2193,
      0x2500...0x259F:
      true
    default: false
    }
  }
}

extension Collection<UInt8> {
  /// Whether every byte is printable ASCII (U+0020–U+007E), each of them a character one column
  /// wide. Read from the bytes' contiguous storage where the text has it (a string's own), a
  /// tight loop instead of the view's index walk.
  var isPrintableASCII: Bool {
    withContiguousStorageIfAvailable { $0.allSatisfy { (0x20..<0x7F).contains($0) } }
      ?? allSatisfy { (0x20..<0x7F).contains($0) }
  }

  /// Whether every byte is ASCII (read as `isPrintableASCII` is).
  var isASCII: Bool {
    withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? allSatisfy { $0 < 0x80 }
  }

  /// Whether `byte` is among the bytes (read as `isPrintableASCII` is).
  func containsByte(_ byte: UInt8) -> Bool {
    withContiguousStorageIfAvailable { $0.contains(byte) } ?? contains(byte)
  }
}
