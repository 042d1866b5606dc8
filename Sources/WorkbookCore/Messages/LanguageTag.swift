/// A language as the workbook names it: a BCP 47 tag in lower case ("de", "de-at", "pt-br"), which
/// is also the name of its message file (de.json), as on translatewiki.net.
public struct LanguageTag: Sendable, Hashable, CustomStringConvertible {
  /// The whole tag, lower case, subtags joined by "-".
  public let code: String

  public static let english = LanguageTag(code: "en")

  private init(code: String) { self.code = code }

  /// A tag from a user or the environment: "de_AT.UTF-8", "de-AT", "fr@euro" and "FR" are all
  /// read; nil for an empty value and for "C" and "POSIX", which name no language.
  public init?(_ text: String) {
    var tag = text.trimmingSpaces()
    if let cut = tag.firstIndex(where: { $0 == "." || $0 == "@" }) { tag = String(tag[..<cut]) }
    // Mapped character by character: `replacing` would bring in the regex engine's code at start.
    tag = String(tag.map { $0 == "_" ? "-" : $0 }).lowercased()
    let subtags = tag.split(separator: "-", omittingEmptySubsequences: false)
    guard !tag.isEmpty, tag != "c", tag != "posix",
      subtags.allSatisfy({ subtag in
        (1...8).contains(subtag.count)
          && subtag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
      }), subtags[0].allSatisfy(\.isLetter)
    else { return nil }
    code = tag
  }

  /// The language subtag: "de" of "de-at".
  public var language: String { String(code.prefix { $0 != "-" }) }

  /// Where a message is looked for, in order: the tag, each shorter tag, then English, the source
  /// language ("de-at", "de", "en").
  public var fallbackChain: [LanguageTag] {
    // Each shorter tag is the code up to a "-": a tag's subtags are never empty.
    var chain = [self]
    var rest = Substring(code)
    while let dash = rest.lastIndex(of: "-") {
      rest = rest[..<dash]
      chain.append(LanguageTag(code: String(rest)))
    }
    if !chain.contains(.english) { chain.append(.english) }
    return chain
  }

  public var description: String { code }
}
