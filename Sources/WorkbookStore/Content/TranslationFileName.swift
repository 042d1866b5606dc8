/// How a translation file is named: the source file's name with the language tag before `.md`,
/// `working-with-online-contributors.de.md` beside `working-with-online-contributors.md`. A tag is
/// a language of two or three letters, then optional `-` parts (`de-AT`, `pt-BR`, `sr-Latn`).
enum TranslationFileName {
  /// The source file's path and the language, when `path` names a translation file.
  static func split(_ path: String) -> (source: String, language: String)? {
    guard path.hasSuffix(".md") else { return nil }
    let stem = path.dropLast(3)
    guard let dot = stem.lastIndex(of: "."), !stem[..<dot].hasSuffix("/") else { return nil }
    let tag = String(stem[stem.index(after: dot)...])
    guard isTag(tag), !stem[..<dot].isEmpty else { return nil }
    return (String(stem[..<dot]) + ".md", tag)
  }

  /// The translation of `sourceFile` into `language`.
  static func path(of sourceFile: String, language: String) -> String {
    String(sourceFile.dropLast(3)) + "." + language + ".md"
  }

  /// The tags to try for `language`, most specific first: `de-AT` gives `de-AT`, then `de`.
  static func fallbacks(for language: String) -> [String] {
    let parts = language.split(separator: "-").map(String.init)
    return (1...max(parts.count, 1)).reversed().map { parts.prefix($0).joined(separator: "-") }
      .filter { !$0.isEmpty }
  }

  static func isTag(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard let first = parts.first, (2...3).contains(first.count),
      first.allSatisfy({ $0.isASCII && $0.isLetter })
    else { return false }
    return parts.dropFirst().allSatisfy { part in
      (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
  }
}
