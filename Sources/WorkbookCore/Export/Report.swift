/// A report in no particular markup: what the Markdown and wikitext exports share. Every string in
/// it is plain text; the renderers escape all of it, the report's own words included.
struct Report: Equatable {
  var blocks: [ReportBlock]
}

enum ReportBlock: Equatable {
  /// Level 1 is the report's title.
  case heading(level: Int, text: String)
  case paragraph([ReportInline])
  /// Free text someone typed, kept as paragraphs and line breaks.
  case freeText(String)
  case bulletList([[ReportInline]])
  case table(ReportTable)
  /// Lines to show in a monospaced font exactly as they are (the distribution charts).
  case preformatted([String])
}

enum ReportInline: Equatable {
  case text(String)
  /// A label such as "Organization", in bold.
  case strong(String)
  /// A remark of the report's own, such as "Not answered yet.", in italics.
  case emphasis(String)
  /// A web address, shown as itself and linked.
  case link(String)
}

struct ReportTable: Equatable {
  var header: [String]
  var rows: [[String]]
}

extension ReportInline {
  /// Whether `url` can stand in a link as it is: http(s), and no character that could end the
  /// link or start markup in either format ("__" would be a wikitext magic word). Any other
  /// address is shown as text.
  static func isLinkable(_ url: String) -> Bool {
    guard url.hasPrefix("https://") || url.hasPrefix("http://"), !url.contains("__") else {
      return false
    }
    return url.unicodeScalars.allSatisfy { scalar in
      scalar.properties.isAlphabetic && scalar.isASCII || ("0"..."9").contains(scalar)
        || "-._:/?#@!$&()*+,;=%".unicodeScalars.contains(scalar)
    }
  }
}
