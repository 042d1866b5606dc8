import Testing

@testable import WorkbookRuntime

/// The content the full-screen workbook's other thread hands over before it goes on to set up
/// the terminal.
@Suite struct HandoffTests {
  @Test func aValueGivenOnAnotherThreadIsTakenWhole() {
    let handoff = Handoff<[String]>()
    let work = BackgroundWork { () -> Int in
      handoff.give((1...1000).map { "line \($0)" })
      return 7
    }
    let lines = handoff.take()
    #expect(lines.count == 1000)
    #expect(lines.last == "line 1000")
    #expect(work.join() == 7)
  }

  @Test func theFirstValueGivenIsTheOneTakenEveryTime() {
    let handoff = Handoff<Int>()
    handoff.give(1)
    handoff.give(2)
    #expect(handoff.take() == 1)
    #expect(handoff.take() == 1)
  }
}
