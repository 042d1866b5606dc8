/// The part of the screen a screen's content uses: below the top bar and a blank row, above a blank
/// row and the status line, with side margins, and no wider than reads comfortably on a projector.
/// A screen of figures rather than prose (the Results) may take the whole width instead.
struct ContentFrame: Equatable {
  static let maximumWidth = 100

  let top: Int
  let left: Int
  let width: Int
  let height: Int

  init(width: Int, height: Int, maximumWidth: Int = Self.maximumWidth) {
    top = 2
    self.height = max(0, height - 4)
    self.width = max(0, min(width - 4, maximumWidth))
    left = max(0, (width - self.width) / 2)
  }

  var bottom: Int { top + height }
}
