extension AppState {
  mutating func updateOverview(_ action: OverviewAction) -> [Effect] {
    guard var workbook else { return [] }
    let frame = ContentFrame(width: terminalWidth, height: terminalHeight)
    let lineCount = OverviewScreen.lines(of: workbook, width: frame.width).count
    let lastScroll = max(0, lineCount - frame.height)
    let page = max(1, frame.height - 1)
    var scroll = workbook.overview.scroll
    switch action {
    case .scrollUp: scroll -= 1
    case .scrollDown: scroll += 1
    case .pageUp: scroll -= page
    case .pageDown: scroll += page
    }
    workbook.overview.scroll = max(0, min(lastScroll, scroll))
    self.workbook = workbook
    return []
  }
}
