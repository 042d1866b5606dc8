/// A strategy file's lines: split wherever a `Character` is a newline ("\n", "\r\n", "\r", vertical
/// tab, form feed, U+0085, U+2028, U+2029), as `split(whereSeparator: \.isNewline)` splits, but
/// by Unicode scalars. Splitting by `Character` works out every grapheme cluster of the file and
/// was half of reading the content at every start; a newline is always a cluster of its own (with
/// "\r\n" the one cluster of two), so the scalars give the same lines.
enum ContentLines {
  static func split(_ text: Substring) -> [String] {
    let scalars = text.unicodeScalars
    var lines: [String] = []
    var start = scalars.startIndex
    var index = start
    while index < scalars.endIndex {
      let scalar = scalars[index]
      guard isNewline(scalar) else {
        index = scalars.index(after: index)
        continue
      }
      lines.append(String(scalars[start..<index]))
      index = scalars.index(after: index)
      if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" {
        index = scalars.index(after: index)
      }
      start = index
    }
    lines.append(String(scalars[start...]))
    return lines
  }

  private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }
}
