/// Renders a session's report as MediaWiki wikitext for Meta-Wiki: `=` headings, `*` lists,
/// `{| class="wikitable"` tables and `<pre>` for the charts. All text goes through
/// `WikitextEscaping`.
enum WikitextExporter {
  static func render(_ report: Report) -> String {
    report.blocks.map(render(block:)).joined(separator: "\n\n") + "\n"
  }

  private static func render(block: ReportBlock) -> String {
    switch block {
    case .heading(let level, let text):
      let marks = String(repeating: "=", count: level)
      return "\(marks) \(WikitextEscaping.inline(text)) \(marks)"
    case .paragraph(let inlines):
      return render(inlines)
    case .freeText(let text):
      return WikitextEscaping.block(text)
    case .bulletList(let items):
      return items.map { "* " + render($0) }.joined(separator: "\n")
    case .table(let table):
      return render(table: table)
    case .preformatted(let lines):
      let escaped = lines.map { line in
        line.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
      }
      return (["<pre>"] + escaped + ["</pre>"]).joined(separator: "\n")
    }
  }

  private static func render(_ inlines: [ReportInline]) -> String {
    inlines.map { inline in
      switch inline {
      case .text(let text): WikitextEscaping.inline(text)
      case .strong(let text): "'''\(WikitextEscaping.inline(text))'''"
      case .emphasis(let text): "''\(WikitextEscaping.inline(text))''"
      // A bare address: MediaWiki links it as it stands.
      case .link(let url): url
      }
    }
    .filter { !$0.isEmpty }
    .joined(separator: " ")
  }

  /// One cell per line, each after "| " (or "! " in the header), so no cell text can begin a
  /// line with "|-" or "|}".
  private static func render(table: ReportTable) -> String {
    func row(_ cells: [String], marker: String) -> [String] {
      let padded = cells + Array(repeating: "", count: max(0, table.header.count - cells.count))
      return padded.map { cell in
        let text = WikitextEscaping.cell(cell)
        return text.isEmpty ? marker : "\(marker) \(text)"
      }
    }
    var lines = ["{| class=\"wikitable\""] + row(table.header, marker: "!")
    for cells in table.rows {
      lines.append("|-")
      lines += row(cells, marker: "|")
    }
    lines.append("|}")
    return lines.joined(separator: "\n")
  }
}
