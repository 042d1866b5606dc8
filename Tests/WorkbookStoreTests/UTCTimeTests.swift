import FoundationEssentials
import Testing

@testable import WorkbookStore

/// The times a session stores are written as `Date.formatted(.iso8601)` wrote them before the
/// store formatted them itself.
@Suite struct UTCTimeTests {
  @Test(arguments: [
    0, 59, 951_782_400, 1_709_251_199, 1_709_251_200, 1_767_225_599, 1_798_761_600, 4_102_444_799,
  ])
  func aMomentIsWrittenAsTheFormatStyleWritesIt(seconds: Int) {
    #expect(
      UTCTime.iso8601(secondsSince1970: seconds)
        == Date(timeIntervalSince1970: Double(seconds)).formatted(.iso8601))
  }

  @Test func nowIsTheSystemClocksTime() {
    let before = Date.now.formatted(.iso8601)
    let now = SessionStore.currentTime()
    let after = Date.now.formatted(.iso8601)
    #expect(now == before || now == after)
  }
}
