/// Renders a session's report as GitHub-flavoured Markdown: headings, bullet lists, pipe tables
/// and fenced code blocks for the charts. All text goes through `MarkdownEscaping`.
enum MarkdownExporter {
  static func render(_ report: Report) -> String {
    report.blocks.map(render(block:)).joined(separator: "\n\n") + "\n"
  }

  private static func render(block: ReportBlock) -> String {
    switch block {
    case .heading(let level, let text):
      return String(repeating: "#", count: level) + " " + MarkdownEscaping.inline(text)
    case .paragraph(let inlines):
      return render(inlines)
    case .freeText(let text):
      return MarkdownEscaping.block(text)
    case .bulletList(let items):
      return items.map { "- " + render($0) }.joined(separator: "\n")
    case .table(let table):
      return render(table: table)
    case .preformatted(let lines):
      // A fence longer than any run of backticks inside, so no line can close it early.
      let longestRun = lines.map(longestBacktickRun).max() ?? 0
      let fence = String(repeating: "`", count: max(3, longestRun + 1))
      return ([fence + "text"] + lines + [fence]).joined(separator: "\n")
    }
  }

  private static func render(_ inlines: [ReportInline]) -> String {
    inlines.map { inline in
      switch inline {
      case .text(let text): MarkdownEscaping.inline(text)
      case .strong(let text): "**\(MarkdownEscaping.inline(text))**"
      case .emphasis(let text): "*\(MarkdownEscaping.inline(text))*"
      case .link(let url): "<\(url)>"
      }
    }
    .filter { !$0.isEmpty }
    .joined(separator: " ")
  }

  private static func render(table: ReportTable) -> String {
    func row(_ cells: [String]) -> String {
      let padded = cells + Array(repeating: "", count: max(0, table.header.count - cells.count))
      return "| " + padded.map(MarkdownEscaping.cell).joined(separator: " | ") + " |"
    }
    let delimiter = "|" + String(repeating: " --- |", count: table.header.count)
    return ([row(table.header), delimiter] + table.rows.map(row)).joined(separator: "\n")
  }

  private static func longestBacktickRun(_ line: String) -> Int {
    var longest = 0
    var current = 0
    for character in line {
      current = character == "`" ? current + 1 : 0
      longest = max(longest, current)
    }
    return longest
  }
}
