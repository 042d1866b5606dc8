extension String {
  /// The string without leading and trailing spaces, tabs and line breaks: the `Character`s that
  /// are whitespace. An ASCII space, tab or line break next to another ASCII byte is a `Character`
  /// of its own (or with "\r\n" one of two whitespace scalars), so those are dropped byte by byte;
  /// where the bytes next to the ends are not ASCII, the ends are trimmed by `Character`, as
  /// before. Every line of the content is trimmed at every start, and grapheme breaking each end
  /// was a twentieth of the first frame.
  public func trimmingSpaces() -> String {
    // An ASCII byte that is not whitespace at an end cannot be part of a whitespace Character, and
    // most texts (a content line, a name) begin and end with one: nothing to trim.
    if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
      !first.isASCIIWhitespace, !last.isASCIIWhitespace
    {
      return self
    }
    if let trimmed = utf8.withContiguousStorageIfAvailable(Self.trimmedByBytes) ?? nil {
      return trimmed
    }
    let (head, tail) =
      utf8.withContiguousStorageIfAvailable(Self.asciiSpaceBounds)
      ?? Array(utf8).withUnsafeBufferPointer(Self.asciiSpaceBounds)
    let bytes = utf8
    var rest = self[
      bytes.index(bytes.startIndex, offsetBy: head)..<bytes.index(bytes.startIndex, offsetBy: tail)]
    // An ASCII byte that is not whitespace at an end cannot be part of a whitespace Character.
    if let first = rest.utf8.first, first >= 0x80 || first.isASCIIWhitespace {
      while let first = rest.first, first.isWhitespace { rest.removeFirst() }
    }
    if let last = rest.utf8.last, last >= 0x80 || last.isASCIIWhitespace {
      while let last = rest.last, last.isWhitespace { rest.removeLast() }
    }
    return rest.startIndex == startIndex && rest.endIndex == endIndex ? self : String(rest)
  }

  /// The text without the ASCII whitespace at its ends, made from its bytes, when what is left
  /// begins and ends with ASCII that is not whitespace (or is empty): no `Character` at an end
  /// then needs working out. Nil otherwise.
  private static func trimmedByBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let (start, end) = asciiSpaceBounds(bytes)
    guard start < end else { return "" }
    guard bytes[start] < 0x80, !bytes[start].isASCIIWhitespace, bytes[end - 1] < 0x80,
      !bytes[end - 1].isASCIIWhitespace
    else { return nil }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  /// The byte offsets between which the ASCII whitespace at the ends that stands alone (next to
  /// another ASCII byte, or the other end) is dropped.
  private static func asciiSpaceBounds(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int) {
    var start = 0
    var end = bytes.count
    while start < end, bytes[start].isASCIIWhitespace {
      if start + 1 < end && bytes[start + 1] >= 0x80 { break }
      start += 1
    }
    while start < end, bytes[end - 1].isASCIIWhitespace {
      if end - 1 > start && bytes[end - 2] >= 0x80 { break }
      end -= 1
    }
    return (start, end)
  }
}
