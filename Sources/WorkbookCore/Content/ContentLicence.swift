extension ContentSource {
  /// The licence's deed on the web, for a Creative Commons licence named as Meta-Wiki names them
  /// ("CC BY-SA 4.0" → https://creativecommons.org/licenses/by-sa/4.0/); nil for another licence.
  public var licenceURL: String? {
    let words = licence.split(separator: " ")
    guard words.count == 3, words[0].uppercased() == "CC",
      words[1].allSatisfy({ $0.isLetter || $0 == "-" }),
      words[2].allSatisfy({ $0.isNumber || $0 == "." })
    else { return nil }
    return "https://creativecommons.org/licenses/\(words[1].lowercased())/\(words[2])/"
  }

  /// What the workbook adds to the page in every strategy: the page has no questionnaire items,
  /// scale labels, quick answers or plan table of its own (docs/content-format.md).
  public static let workbookOwn =
    "The score items, the scale's labels, the quick answers and the plan's columns are this "
    + "workbook's own, not the page's."
}
