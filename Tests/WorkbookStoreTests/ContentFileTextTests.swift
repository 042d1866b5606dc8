import FoundationEssentials
import Testing

@testable import WorkbookStore

/// A content file's bytes are taken as text by decoding them and comparing; the answer must be
/// `String(validating:)`'s for every input: the same text for UTF-8, a refusal for anything else.
@Suite struct ContentFileTextTests {
  static let inputs: [[UInt8]] = [
    [], [0x00], Array("plain ASCII".utf8), Array("l’été ✓ 👩‍👩‍👧".utf8), Array("\u{FFFD} kept".utf8),
    [0x80], [0xC3], [0xC3, 0x28], [0xE2, 0x82], [0xE2, 0x28, 0xA1], [0xF0, 0x9F, 0x98],
    [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF],
    [0xEF, 0xBF, 0xBD, 0xFF], Array("abc".utf8) + [0xFE] + Array("def".utf8),
  ]

  static func agree(_ bytes: [UInt8]) -> Bool {
    ContentFiles.utf8Text(bytes) == String(validating: bytes, as: UTF8.self)
  }

  @Test(arguments: inputs)
  func takesWhatValidatingTakes(bytes: [UInt8]) {
    #expect(Self.agree(bytes))
  }

  @Test func takesTheShippedFileAndRefusesItWithABadByteAnywhere() throws {
    let original = Array(try Data(contentsOf: URL(fileURLWithPath: ContentTestSupport.shippedFile)))
    #expect(ContentFiles.utf8Text(original) != nil)
    var seed: UInt64 = 0xC0FFEE
    for _ in 0..<200 {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      var bytes = original
      let at = Int((seed >> 33) % UInt64(bytes.count))
      bytes[at] ^= UInt8(1 << Int((seed >> 20) % 8))
      #expect(Self.agree(bytes), "byte \(at) changed")
    }
  }
}
