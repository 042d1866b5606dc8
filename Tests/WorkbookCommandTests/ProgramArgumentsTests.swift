import CProgramArguments
import Glibc
import Testing

@Suite struct ProgramArgumentsTests {
  /// The release build's runtime reads CommandLine.arguments from these functions: they give
  /// this process's own arguments, every one, in order, as the runtime's own search finds them
  /// in a build that links the runtime as a library (the tests' build).
  @Test func theRuntimeIsGivenThisProcesssOwnArguments() throws {
    var count: Int32 = 0
    let values = try #require(_swift_stdlib_getUnsafeArgvArgc(&count))
    let given = (0..<Int(count)).map { index -> String? in
      guard let value = values[index] else { return nil }
      let bytes = UnsafeRawBufferPointer(start: value, count: strlen(value))
      return String(decoding: bytes, as: UTF8.self)
    }
    #expect(!given.isEmpty)
    #expect(given == CommandLine.arguments)
  }
}
