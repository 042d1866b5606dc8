/// Damages valid input the ways files get damaged and hand-edited: bytes flipped, inserted and
/// deleted, the end cut off, lines swapped or doubled, and tokens that parsers find hard.
struct ByteMutator {
  /// Bytes that mean something to Markdown, JSON or CSV, and bytes that are not text.
  static let interestingBytes: [UInt8] = Array("{}[]\"\\#-:,;\n\r\t ".utf8) + [0, 0xFF, 0xC3, 0xE2]
  static let interestingTokens: [String] = [
    "{#", "---\n", "\u{FEFF}", "NaN", "1e999", "-0", "\"schema\": 99", "null", "true", "\"\"",
    "## Score items\n", "## Recommendations\n", "- ", "{#x}", "\u{202E}", "🎉", "\"\"\"",
    "99999999999999999999", "\\u0000", "\\ud800",
  ]

  var random: SeededGenerator

  mutating func mutate(_ input: [UInt8]) -> [UInt8] {
    var bytes = input
    for _ in 0..<Int.random(in: 1...6, using: &random) { mutateOnce(&bytes) }
    return bytes
  }

  private mutating func position(in bytes: [UInt8]) -> Int {
    Int.random(in: 0...bytes.count, using: &random)
  }

  private mutating func mutateOnce(_ bytes: inout [UInt8]) {
    switch Int.random(in: 0..<8, using: &random) {
    case 0 where !bytes.isEmpty:
      let at = Int.random(in: 0..<bytes.count, using: &random)
      bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
    case 1:
      bytes.insert(Self.interestingBytes.randomElement(using: &random)!, at: position(in: bytes))
    case 2 where !bytes.isEmpty:
      let start = Int.random(in: 0..<bytes.count, using: &random)
      let end = min(bytes.count, start + Int.random(in: 1...64, using: &random))
      bytes.removeSubrange(start..<end)
    case 3:
      // Cut short, as a file copied from a full disk is; rarely, since it hides the rest.
      if Int.random(in: 0..<4, using: &random) == 0 { bytes.removeSubrange(position(in: bytes)...) }
    case 4:
      let token = Self.interestingTokens.randomElement(using: &random)!
      bytes.insert(contentsOf: Array(token.utf8), at: position(in: bytes))
    case 5:
      var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
      guard lines.count > 1 else { return }
      let first = Int.random(in: 0..<lines.count, using: &random)
      let second = Int.random(in: 0..<lines.count, using: &random)
      lines.swapAt(first, second)
      bytes = Array(lines.joined(separator: [0x0A]))
    case 6:
      var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
      guard !lines.isEmpty else { return }
      let line = Int.random(in: 0..<lines.count, using: &random)
      lines.insert(lines[line], at: line)
      bytes = Array(lines.joined(separator: [0x0A]))
    default:
      bytes.insert(UInt8.random(in: 0...255, using: &random), at: position(in: bytes))
    }
  }
}
