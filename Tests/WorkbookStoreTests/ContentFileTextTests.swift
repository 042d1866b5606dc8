import FoundationEssentials
import Testing
import WorkbookCore

/// A content file's bytes are checked to be UTF-8 by a check of the workbook's own; its answer
/// must be `String(validating:)`'s for every input.
@Suite struct ContentFileTextTests {
  static let inputs: [[UInt8]] = [
    [], [0x00], Array("plain ASCII".utf8), Array("l’été ✓ 👩‍👩‍👧 \u{10FFFF}".utf8),
    Array("\u{FFFD} kept".utf8), Array("eight by eight, then é".utf8), [0x80], [0xC3],
    [0xC3, 0x28], [0xC1, 0xBF], [0xE2, 0x82], [0xE2, 0x28, 0xA1], [0xF0, 0x9F, 0x98],
    [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xE0, 0xA0, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
    [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
    [0xF4, 0x8F, 0xBF, 0xBF],
    [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xEF, 0xBF, 0xBD, 0xFF],
    Array("abcdefgh".utf8) + [0xFE] + Array("ijklmnop".utf8), Array("abcdefg".utf8) + [0xE2, 0x82],
  ]

  static func agree(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer(UTF8Bytes.areValid)
      == (String(validating: bytes, as: UTF8.self) != nil)
  }

  @Test(arguments: inputs)
  func checksAsValidatingChecks(bytes: [UInt8]) {
    #expect(Self.agree(bytes))
  }

  @Test func checksTheShippedFileWithAnyByteChanged() throws {
    let original = Array(
      try Data(contentsOf: URL(fileURLWithPath: ContentTestSupport.shippedFile)))
    #expect(original.withUnsafeBufferPointer(UTF8Bytes.areValid))
    var seed: UInt64 = 0xC0FFEE
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    for _ in 0..<2_000 {
      var bytes = original
      let at = next(bytes.count)
      bytes[at] = next(2) == 0 ? bytes[at] ^ UInt8(1 << next(8)) : UInt8(next(256))
      #expect(Self.agree(bytes), "byte \(at) made \(bytes[at])")
    }
  }
}
