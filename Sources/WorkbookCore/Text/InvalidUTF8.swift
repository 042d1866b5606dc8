/// Where bytes stop being UTF-8 text, so a message can lead to the place: the line (counting from
/// 1) and the byte offset (counting from 0).
public struct InvalidUTF8: Sendable, Equatable {
  public var line: Int
  public var offset: Int

  public init(line: Int, offset: Int) {
    self.line = line
    self.offset = offset
  }

  /// The first place `bytes` are not UTF-8, or nil when they all are. Inlinable, so a caller in
  /// another module gets it specialized for its bytes: unspecialized, the first call looks up the
  /// collection's conformances among every one of the program.
  @inlinable
  public static func find(in bytes: some Collection<UInt8>) -> InvalidUTF8? {
    // Text that is UTF-8 throughout, nearly every file, is checked at once by the standard
    // library's validation; the decoding below, a scalar at a time, only looks for the place.
    if String(validating: bytes, as: UTF8.self) != nil { return nil }
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    var line = 1
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
        if scalar == "\n" { line += 1 }
      case .emptyInput: return nil
      case .error: return InvalidUTF8(line: line, offset: offset)
      }
    }
  }
}
