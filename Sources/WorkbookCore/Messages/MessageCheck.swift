/// Checks a folder's message files against each other and against the program: what a
/// translator or a developer must fix, and what merely falls back to English.
public struct MessageCheck: Sendable {
  /// A message file as read, with the name to report it by.
  public struct File: Sendable {
    public var name: String
    public var catalog: MessageCatalog
    /// A translation another group has but this one does not: one warning says so.
    public var isMissing: Bool

    public init(name: String, catalog: MessageCatalog, isMissing: Bool = false) {
      self.name = name
      self.catalog = catalog
      self.isMissing = isMissing
    }
  }

  /// One group's files (Messages/export/ …): its English, its documentation, its translations.
  public struct Group: Sendable {
    public var english: File
    /// qqq.json, the documentation.
    public var documentation: File
    public var translations: [File]

    public init(english: File, documentation: File, translations: [File]) {
      self.english = english
      self.documentation = documentation
      self.translations = translations
    }
  }

  /// The folder the groups are in, to name when a message is in none of them.
  public var folder: String
  public var groups: [Group]

  public init(folder: String, groups: [Group]) {
    self.folder = folder
    self.groups = groups
  }

  /// Every problem: the program's messages no group has, then group by group, each file's in
  /// line order.
  public func problems() -> [MessageProblem] {
    var problems: [MessageProblem] = []
    let english = groups.reduce(into: Set<String>()) {
      $0.formUnion($1.english.catalog.messages.keys)
    }
    for key in MessageKey.allCases where !english.contains(key.rawValue) {
      problems.append(
        MessageProblem(
          .error, file: folder, line: nil,
          message:
            "the workbook uses the message “\(key.rawValue)”, which no en.json here has; add it"))
    }
    var earlier: [String: String] = [:]
    for group in groups {
      problems += GroupCheck(group: group, earlierKeys: earlier).problems()
      for key in group.english.catalog.messages.keys where earlier[key] == nil {
        earlier[key] = group.english.name
      }
    }
    return problems
  }
}

/// One group's checks.
private struct GroupCheck {
  var group: MessageCheck.Group
  /// The keys of the groups before this one, with the file each is in.
  var earlierKeys: [String: String]

  var english: MessageCheck.File { group.english }
  var documentation: MessageCheck.File { group.documentation }

  func problems() -> [MessageProblem] {
    englishProblems() + documentationProblems() + group.translations.flatMap(problems(of:))
  }

  private func englishProblems() -> [MessageProblem] {
    let source = english.catalog
    var problems: [MessageProblem] = []
    let used = Set(MessageKey.allCases.map(\.rawValue))
    for key in sortedKeys(source) {
      let line = source.keyLines[key]
      if let other = earlierKeys[key] {
        problems.append(
          MessageProblem(
            .error, file: english.name, line: line,
            message: "“\(key)” is also in \(other); a message belongs to one group, so keep one"))
      }
      if !used.contains(key) {
        problems.append(
          MessageProblem(
            .error, file: english.name, line: line,
            message: "“\(key)” is not used by the workbook; remove it (and from qqq.json)"))
      }
      if documentation.catalog.messages[key] == nil {
        problems.append(
          MessageProblem(
            .error, file: english.name, line: line,
            message:
              "“\(key)” has no documentation in \(baseName(documentation.name)); add a line there saying "
              + "where it appears and what its parameters are"))
      }
      problems += syntaxProblems(of: key, in: english)
    }
    return problems
  }

  private func documentationProblems() -> [MessageProblem] {
    sortedKeys(documentation.catalog).filter { english.catalog.messages[$0] == nil }.map { key in
      MessageProblem(
        .error, file: documentation.name, line: documentation.catalog.keyLines[key],
        message: "“\(key)” documents a message \(baseName(english.name)) does not have; remove it")
    }
  }

  private func problems(of translation: MessageCheck.File) -> [MessageProblem] {
    let catalog = translation.catalog
    if translation.isMissing {
      let count = english.catalog.messages.count
      return [
        MessageProblem(
          .warning, file: translation.name, line: nil,
          message:
            "missing, so this group falls back to English (\(count) "
            + "\(count == 1 ? "message" : "messages")); add it beside \(baseName(english.name)), "
            + "with the same keys")
      ]
    }
    var problems: [MessageProblem] = []
    for key in sortedKeys(english.catalog) where catalog.messages[key] == nil {
      problems.append(
        MessageProblem(
          .warning, file: translation.name, line: nil,
          message: "“\(key)” is not translated and falls back to English; add it"))
    }
    for key in sortedKeys(catalog) {
      let line = catalog.keyLines[key]
      guard let source = english.catalog.messages[key], let text = catalog.messages[key] else {
        problems.append(
          MessageProblem(
            .error, file: translation.name, line: line,
            message:
              "“\(key)” is not in \(baseName(english.name)); remove it, or check the key's spelling"
          ))
        continue
      }
      let expected = MessageFormat.parameters(of: source)
      let found = MessageFormat.parameters(of: text)
      if expected != found {
        problems.append(
          MessageProblem(
            .error, file: translation.name, line: line,
            message:
              "“\(key)” uses \(list(found)) where English uses \(list(expected)); use the same "
              + "parameters"))
      }
      problems += syntaxProblems(of: key, in: translation)
      if text.uppercased().contains("{{PLURAL:"),
        PluralRules.forLanguage(catalog.language) == nil
      {
        problems.append(
          MessageProblem(
            .warning, file: translation.name, line: line,
            message:
              "“\(key)” uses PLURAL, but the workbook has no plural rules for "
              + "“\(catalog.language.language)”, so English's are used; add the language to "
              + "scripts/cldr-plurals"))
      }
    }
    return problems
  }

  private func syntaxProblems(of key: String, in file: MessageCheck.File) -> [MessageProblem] {
    MessageFormat.problems(in: file.catalog.messages[key] ?? "").map { problem in
      MessageProblem(
        .error, file: file.name, line: file.catalog.keyLines[key], message: "“\(key)”: \(problem)")
    }
  }

  /// The catalog's keys in the order of their lines (keys without a line last, by name).
  private func sortedKeys(_ catalog: MessageCatalog) -> [String] {
    catalog.messages.keys.sorted {
      (catalog.keyLines[$0] ?? Int.max, $0) < (catalog.keyLines[$1] ?? Int.max, $1)
    }
  }

  /// A file's name without its folder, for a message that names another file of the folder.
  private func baseName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }

  private func list(_ parameters: Set<Int>) -> String {
    parameters.isEmpty
      ? "no parameters" : parameters.sorted().map { "$\($0)" }.joined(separator: ", ")
  }
}
