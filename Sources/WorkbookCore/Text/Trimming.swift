extension String {
  /// The string without leading and trailing spaces, tabs and line breaks: the `Character`s that
  /// are whitespace. An ASCII space, tab or line break next to another ASCII byte is a `Character`
  /// of its own (or with "\r\n" one of two whitespace scalars), so those are dropped byte by byte;
  /// where the bytes next to the ends are not ASCII, the ends are trimmed by `Character`, as
  /// before. Every line of the content is trimmed at every start, and grapheme breaking each end
  /// was a twentieth of the first frame.
  public func trimmingSpaces() -> String {
    let bytes = utf8
    var start = bytes.startIndex
    var end = bytes.endIndex
    while start < end, bytes[start].isASCIIWhitespace {
      let next = bytes.index(after: start)
      if next < end && bytes[next] >= 0x80 { break }
      start = next
    }
    while start < end {
      let last = bytes.index(before: end)
      guard bytes[last].isASCIIWhitespace else { break }
      if last > start && bytes[bytes.index(before: last)] >= 0x80 { break }
      end = last
    }
    // An ASCII byte that is not whitespace at an end cannot be part of a whitespace Character.
    var rest = self[start..<end]
    if let first = rest.utf8.first, first >= 0x80 || first.isASCIIWhitespace {
      while let first = rest.first, first.isWhitespace { rest.removeFirst() }
    }
    if let last = rest.utf8.last, last >= 0x80 || last.isASCIIWhitespace {
      while let last = rest.last, last.isWhitespace { rest.removeLast() }
    }
    return rest.startIndex == startIndex && rest.endIndex == endIndex ? self : String(rest)
  }}
