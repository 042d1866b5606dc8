import FoundationEssentials
import Glibc
import Testing

@testable import WorkbookRuntime

/// The environment read by bytes is the environment the process information gives: the same
/// variables in this process, and the same split of entries where an "=" byte is or is not a
/// character of its own.
@Suite struct LocalEnvironmentTests {
  @Test func theProcessEnvironmentIsTheProcessInformations() {
    #expect(LocalEnvironment.variables() == ProcessInfo.processInfo.environment)
  }

  @Test func entriesSplitAsByCharacters() {
    let entries: [[UInt8]] = [
      Array("PATH=/usr/bin:/bin".utf8), Array("EMPTY=".utf8), Array("=no name".utf8),
      Array("NO_EQUALS".utf8), Array("TWO=a=b".utf8), Array("TWICE=first".utf8),
      Array("TWICE=last".utf8), Array("NAME=Zoë 🍪".utf8), Array("ACCENT=\u{301}after".utf8),
      Array("PREPEND\u{600}=value".utf8), Array("BOTH\u{600}=\u{301}=x".utf8),
      Array("LATER=\u{301}x=y".utf8), Array("CAFÉ=crème".utf8), [0x42, 0xFF, 0x3D, 0x78],
      [0x42, 0x3D, 0xE2, 0x78], [0x3D], Array("ÉTÉ=".utf8), Array("LF=a\nb".utf8),
    ]
    var pointers: [UnsafeMutablePointer<CChar>?] = entries.map { bytes in
      let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
      for (index, byte) in bytes.enumerated() { pointer[index] = CChar(bitPattern: byte) }
      pointer[bytes.count] = 0
      return pointer
    }
    pointers.append(nil)
    defer { for pointer in pointers { pointer?.deallocate() } }
    let read = pointers.withUnsafeMutableBufferPointer {
      LocalEnvironment.variables(in: $0.baseAddress)
    }
    #expect(read == Self.byCharacters(entries))
    #expect(read["TWICE"] == "last")
    #expect(read["ACCENT"] == nil)
  }

  /// The process information's reading: each entry as text, split at its first "=" character.
  private static func byCharacters(_ entries: [[UInt8]]) -> [String: String] {
    var variables: [String: String] = [:]
    for entry in entries {
      let text = String(decoding: entry, as: UTF8.self)
      guard let equals = text.firstIndex(of: "=") else { continue }
      variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
    }
    return variables
  }
}
