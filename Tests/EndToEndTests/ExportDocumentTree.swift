import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A parsed document as a tree of named nodes, from cmark-gfm's XML or pandoc's JSON, with the
/// questions the read-back tests ask of it.
final class ExportDocumentTree {
  let name: String
  var attributes: [String: String]
  var children: [ExportDocumentTree] = []
  /// Text of a leaf (cmark's `text`, `code`, `html_inline`; pandoc's `Str`, `RawInline`).
  var text: String

  init(name: String, attributes: [String: String] = [:], text: String = "") {
    self.name = name
    self.attributes = attributes
    self.text = text
  }

  /// Every node below this one (and this one) called `name`, in document order.
  func all(_ name: String) -> [ExportDocumentTree] {
    (self.name == name ? [self] : []) + children.flatMap { $0.all(name) }
  }

  /// The text a reader sees, with line breaks as "\n": `lineBreaks` names the nodes that break
  /// a line, `spaces` those that are a space.
  func visibleText(lineBreaks: Set<String>, spaces: Set<String>) -> String {
    if lineBreaks.contains(name) { return "\n" }
    if spaces.contains(name) { return " " }
    return text + children.map { $0.visibleText(lineBreaks: lineBreaks, spaces: spaces) }.joined()
  }
}

extension ExportDocumentTree {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// cmark-gfm's `-t xml` output. An `html_inline` node of exactly `<br>` becomes a `br` node (the
  /// exporter's own line break); any other keeps its raw text, so tests can find it.
  static func cmarkXML(_ xml: String) throws -> ExportDocumentTree {
    let parser = XMLParser(data: Data(xml.utf8))
    let builder = CmarkTreeBuilder()
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
      throw Failure(
        description: "cmark-gfm's XML did not parse: \(String(describing: parser.parserError))")
    }
    return root
  }

  /// pandoc's `-t json` output: blocks and inlines become nodes named by their "t"; strings
  /// (`Str`, `Code`, raw markup) keep their text.
  static func pandocJSON(_ json: String) throws -> ExportDocumentTree {
    let root = ExportDocumentTree(name: "Pandoc")
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    guard let document = object as? [String: Any], let blocks = document["blocks"] as? [Any] else {
      throw Failure(description: "pandoc's JSON has no blocks")
    }
    root.children = blocks.flatMap(pandocNodes)
    return root
  }

  private static func pandocNodes(_ value: Any) -> [ExportDocumentTree] {
    if let array = value as? [Any] { return array.flatMap(pandocNodes) }
    guard let element = value as? [String: Any], let type = element["t"] as? String else {
      return []
    }
    let node = ExportDocumentTree(name: type)
    switch (type, element["c"]) {
    case ("Str", let text as String): node.text = text
    case ("Table", let content as [Any]) where content.count == 6:
      node.children = pandocTableRows(content)
    // [level, attributes, inlines]
    case ("Header", let content as [Any]) where content.count == 3:
      node.attributes["level"] = "\(content[0])"
      node.children = pandocNodes(content[2])
    // [attributes, inlines, [url, title]]
    case ("Link", let content as [Any]) where content.count == 3:
      node.attributes["url"] = (content[2] as? [Any])?.first as? String ?? ""
      node.children = pandocNodes(content[1])
    // Code and raw markup: [attributes or format, text].
    case ("Code", let content as [Any]), ("RawInline", let content as [Any]),
      ("RawBlock", let content as [Any]), ("CodeBlock", let content as [Any]):
      node.text = content.last as? String ?? ""
    case (_, let content?): node.children = pandocNodes(content)
    default: break
    }
    return [node]
  }
}

extension ExportDocumentTree {
  /// A pandoc table's rows, head rows first, each a "Row" of "Cell" nodes. The table is
  /// [attributes, caption, columns, head, bodies, foot]; a head or foot is [attributes, rows]; a
  /// body is [attributes, row head columns, head rows, rows]; a row is [attributes, cells]; a cell
  /// is [attributes, alignment, row span, column span, blocks].
  fileprivate static func pandocTableRows(_ table: [Any]) -> [ExportDocumentTree] {
    var rows: [Any] = (table[3] as? [Any])?.last as? [Any] ?? []
    for body in table[4] as? [Any] ?? [] {
      guard let body = body as? [Any], body.count == 4 else { continue }
      rows += (body[2] as? [Any] ?? []) + (body[3] as? [Any] ?? [])
    }
    rows += (table[5] as? [Any])?.last as? [Any] ?? []
    return rows.map { row in
      let node = ExportDocumentTree(name: "Row")
      let cells = (row as? [Any])?.last as? [Any] ?? []
      node.children = cells.map { cell in
        let cellNode = ExportDocumentTree(name: "Cell")
        cellNode.children = pandocNodes((cell as? [Any])?.last ?? [])
        return cellNode
      }
      return node
    }
  }
}

private final class CmarkTreeBuilder: NSObject, XMLParserDelegate {
  var root: ExportDocumentTree?
  private var stack: [ExportDocumentTree] = []

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    let node = ExportDocumentTree(name: elementName, attributes: attributes)
    stack.last?.children.append(node)
    stack.append(node)
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard let node = stack.last, node.children.isEmpty else { return }
    node.text += string
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    let node = stack.removeLast()
    // The exporter's own line breaks in table cells; any other raw HTML stays html_inline.
    if node.name == "html_inline" && node.text == "<br>" {
      let lineBreak = ExportDocumentTree(name: "br")
      if let parent = stack.last { parent.children[parent.children.count - 1] = lineBreak }
      return
    }
    // Whitespace between elements is the XML's layout, not the document's text.
    if !node.children.isEmpty { node.text = "" }
    if stack.isEmpty { root = node }
  }
}
