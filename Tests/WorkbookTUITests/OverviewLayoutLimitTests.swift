import Testing
import WorkbookCore

@testable import WorkbookTUI

/// The Overview drawn from the first lines of its layout (`limit`: a screenful and one more) is
/// the Overview drawn from the whole: the lines it wraps are the whole layout's first lines, and
/// there are enough of them to scroll and to tell of more below.
@Suite struct OverviewLayoutLimitTests {
  /// Sessions whose Overview ends differently: no notes, short notes, notes longer than the
  /// preview; a workshop of many people, whose names wrap over several lines; a solo session.
  static let sessions: [(String, Session, Strategy)] = {
    var noted = Fixture.session()
    noted.facilitatorNotes = "Bring the projector"
    var long = Fixture.session(names: (1...12).map { "Participant number \($0)" })
    long.facilitatorNotes = (1...9).map { "Line \($0) of the notes" }.joined(separator: "\n")
    var shipped = Fixture.scored(Fixture.session(names: (1...12).map { "Person \($0)" }))
    shipped.strategyID = WordCutWalk.shipped.id
    return [
      ("fixture", Fixture.session(), Fixture.strategy),
      ("notes", noted, Fixture.strategy),
      ("many people, long notes", long, Fixture.strategy),
      ("solo", Fixture.session(mode: .solo), Fixture.strategy),
      ("shipped content", shipped, WordCutWalk.shipped),
    ]
  }()

  @Test("the limited layout is the whole layout's beginning", arguments: sessions.indices)
  func limitedLayoutIsThePrefix(index: Int) throws {
    let (name, session, strategy) = Self.sessions[index]
    let workbook = try #require(Fixture.app(session, strategy: strategy).workbook)
    for width in [12, 30, 60, 78, 120] {
      let whole = OverviewScreen.lines(of: workbook, width: width, messages: .english)
      #expect(whole.count > 5, "\(name) at \(width)")
      for limit in 0...(whole.count + 2) {
        let limited = OverviewScreen.lines(
          of: workbook, width: width, messages: .english, limit: limit)
        #expect(limited.count >= min(limit, whole.count), "\(name) at \(width), limit \(limit)")
        #expect(limited.count <= whole.count, "\(name) at \(width), limit \(limit)")
        for (line, expected) in zip(limited, whole) {
          #expect(line.text == expected.text, "\(name) at \(width), limit \(limit)")
          #expect(line.style == expected.style, "\(name) at \(width), limit \(limit)")
        }
      }
    }
  }
}
