import Testing

@testable import WorkbookTUI

/// A list's window is decided from the selection when drawing: it holds the selection whole,
/// stays put while the selection moves inside it, and turns a page when the selection leaves it.
@Suite struct ListWindowTests {
  @Test func aShortListShowsWhole() {
    let window = ListWindow(count: 3, selected: 2, height: 10)
    #expect(window.rows == 0..<3)
    #expect(!window.hasMoreAbove && !window.hasMoreBelow(lineCount: 3))
  }

  @Test func theWindowStaysPutWhileTheSelectionMovesInsideIt() {
    let windows = (0..<5).map { ListWindow(count: 30, selected: $0, height: 5).rows }
    #expect(Set(windows) == [0..<5])
  }

  @Test func movingPastTheBottomTurnsAPage() {
    #expect(ListWindow(count: 30, selected: 5, height: 5).rows == 5..<10)
    #expect(ListWindow(count: 30, selected: 4, height: 5).rows == 0..<5)
  }

  @Test func theLastPageIsFullNotShortened() {
    let window = ListWindow(count: 12, selected: 11, height: 5)
    #expect(window.rows == 7..<12)
    #expect(window.hasMoreAbove && !window.hasMoreBelow(lineCount: 12))
  }

  @Test func aSelectionAcrossAPageEdgeShowsWhole() {
    // Rows 3 to 6 do not fit in the page 0..<5: the window moves down just enough.
    #expect(ListWindow(lineCount: 20, selected: 3...6, height: 5).rows == 2..<7)
  }

  @Test func aSelectionTallerThanTheWindowShowsItsStart() {
    #expect(ListWindow(lineCount: 20, selected: 7...15, height: 5).rows == 7..<12)
  }

  @Test func everySelectionIsInItsWindow() {
    for height in 1...7 {
      for count in 0...20 {
        for selected in 0..<max(1, count) {
          let window = ListWindow(count: count, selected: selected, height: height)
          #expect(count == 0 || window.rows.contains(selected))
          #expect(window.count == min(height, count))
        }
      }
    }
  }
}
