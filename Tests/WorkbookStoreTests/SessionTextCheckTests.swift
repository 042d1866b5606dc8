import Testing
import WorkbookCore

@testable import WorkbookStore

/// A session file is first known to be text by a quick look (`SessionFileFormat.isText`); only
/// a file that look refuses is gone through by `checkText`, which says where. Both agree on
/// every file: a NUL, a byte that is not UTF-8 or a cut sequence at every place, in ASCII and in
/// text with letters beyond it; and reading such a file names the place `checkText` names.
@Suite struct SessionTextCheckTests {
  private func expectAgreement(_ bytes: [UInt8], _ comment: Comment) {
    let quick = bytes.withUnsafeBufferPointer(SessionFileFormat.isText)
    let checked = Result { () throws(SessionFileProblem) in try SessionFileFormat.checkText(bytes) }
    switch checked {
    case .success: #expect(quick, comment)
    case .failure(let problem):
      #expect(!quick, comment)
      let read = Result { () throws(SessionFileProblem) in try SessionFileFormat.decode(bytes) }
      guard case .failure(let readProblem) = read else {
        Issue.record("read, but checkText refuses it: \(problem); \(comment)")
        return
      }
      #expect(readProblem == problem, comment)
    }
  }

  @Test func theQuickLookAndTheCheckAgreeOnEveryDamagedPlace() {
    var ascii = SessionTestSupport.fullSession()
    ascii.organization = "Wikimedia"
    ascii.facilitatorNotes = "Notes"
    ascii.participants[1].name = "Bjorn"
    let texts = [
      SessionFileFormat.encode(SessionTestSupport.fullSession()), SessionFileFormat.encode(ascii),
    ]
    #expect(texts[1].allSatisfy { $0 < 0x80 })
    #expect(!texts[0].allSatisfy { $0 < 0x80 })
    expectAgreement([], "empty")
    for (number, text) in texts.enumerated() {
      expectAgreement(text, "text \(number)")
      for place in text.indices {
        for byte: UInt8 in [0x00, 0x80, 0xC3, 0xE2, 0xF0, 0xFF] {
          var damaged = text
          damaged[place] = byte
          expectAgreement(damaged, "text \(number), \(byte) at \(place)")
        }
        expectAgreement(Array(text[..<place]), "text \(number) cut at \(place)")
      }
    }
  }
}
