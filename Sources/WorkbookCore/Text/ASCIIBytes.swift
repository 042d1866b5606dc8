/// Byte-level tests for text that is ASCII. In ASCII text every byte is a `Character` of its own
/// (or, for "\r\n", one of a `Character` of two whitespace bytes), so a search by bytes finds what
/// a search by `Character` finds without working out grapheme clusters: the content reader takes
/// that path for the lines and attributes that are ASCII, most of them, at every start.
extension StringProtocol {
  var isAllASCII: Bool {
    utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } }
      ?? utf8.allSatisfy { $0 < 0x80 }
  }
}

extension UInt8 {
  /// Space, tab, line feed, vertical tab, form feed, carriage return: the ASCII bytes whose
  /// `Character` is whitespace.
  var isASCIIWhitespace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}
