import WorkbookCore

/// A place in a file's bytes as an editor shows it: the line, and the column counted in
/// characters, with the byte offset for tools that count bytes.
struct TextPosition: Equatable {
  var line: Int
  var column: Int
  var offset: Int

  init(offset: Int, in bytes: [UInt8]) {
    let before = bytes[..<offset]
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    line = before.count(where: { $0 == 0x0A }) + 1
    column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
    self.offset = offset
  }

  /// Where the bytes stop being UTF-8; nil when they are UTF-8 throughout.
  static func invalidUTF8(in bytes: [UInt8]) -> TextPosition? {
    InvalidUTF8.find(in: bytes).map { TextPosition(offset: $0.offset, in: bytes) }
  }

  /// "not UTF-8 text at line 3, column 7 (byte 52); save it as UTF-8", for a reason.
  static func notUTF8(in bytes: [UInt8]) -> String {
    guard let position = invalidUTF8(in: bytes) else { return "not UTF-8 text; save it as UTF-8" }
    return "not UTF-8 text at line \(position.line), column \(position.column) (byte "
      + "\(position.offset)); save it as UTF-8"
  }
}
