import FoundationEssentials
import WorkbookCore

/// Where the interface's message files are, and reading them: one subfolder per group of messages
/// (export/, workbook/ …), each with en.json, qqq.json and a file per translation (de.json …).
/// Beside the content, not in it: `--content` may name a team's own strategies, and the
/// interface must keep its words whatever content it reads. In order: the WORKBOOK_MESSAGES
/// environment variable, `<executable's folder>/../share/workbook/messages` (what `make install`
/// lays down), then a `Messages/` folder in the executable's folder or above it (the repository).
public struct MessageFolder: Sendable, Equatable {
  public var path: String

  public init(path: String) { self.path = path }

  /// The folder, or nil when none is found: English is built in, so the workbook still speaks.
  /// A folder WORKBOOK_MESSAGES names must exist.
  public static func locate(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    executablePath: String? = ContentFolder.currentExecutablePath()
  ) throws(MessageFileError) -> MessageFolder? {
    if let named = environment["WORKBOOK_MESSAGES"], !named.isEmpty {
      guard ContentFiles.isDirectory(named) else {
        throw MessageFileError(
          file: named, line: nil,
          message: "no such folder (named by WORKBOOK_MESSAGES); check the path")
      }
      return MessageFolder(path: named)
    }
    guard let executablePath else { return nil }
    let binFolder = ContentFolder.parent(of: executablePath)
    let installed = ContentFolder.normalized(binFolder + "/../share/workbook/messages")
    if ContentFiles.isDirectory(installed) { return MessageFolder(path: installed) }
    var folder = binFolder
    while true {
      let candidate = folder == "/" ? "/Messages" : folder + "/Messages"
      if ContentFiles.isDirectory(candidate) { return MessageFolder(path: candidate) }
      if folder == "/" || folder.isEmpty { return nil }
      folder = ContentFolder.parent(of: folder)
    }
  }

  /// The groups of messages: the subfolders holding an en.json ("command-line", "export",
  /// "workbook" …), by name. A group is what a translator translates as one file per language.
  public func groups() throws(MessageFileError) -> [String] {
    try names(in: path).filter { ContentFiles.exists(file(of: "en", in: $0)) }.sorted()
  }

  /// The file of a language in a group: "export/de.json" for de.
  public func file(of language: String, in group: String) -> String {
    path + "/" + group + "/" + language + ".json"
  }

  /// The languages with a file in any group (qqq, the documentation, is not one), by name.
  public func languages() throws(MessageFileError) -> [LanguageTag] {
    var found: Set<String> = []
    for group in try groups() {
      found.formUnion(
        try names(in: path + "/" + group).filter {
          $0.hasSuffix(".json") && !$0.hasPrefix(".") && $0 != "qqq.json"
        })
    }
    return found.sorted().compactMap { LanguageTag(String($0.dropLast(5))) }
  }

  /// One group's file of a language ("de", "qqq"), or nil when the group has none.
  public func catalog(_ name: String, language: LanguageTag, in group: String)
    throws(MessageFileError) -> MessageCatalog?
  {
    let file = file(of: name, in: group)
    guard ContentFiles.exists(file) else { return nil }
    let text: String
    do throws(ContentLoadError) {
      text = try ContentFiles.text(of: file)
    } catch {
      throw MessageFileError(file: file, line: nil, message: error.description)
    }
    return try MessageCatalog(language: language, json: text, fileName: file)
  }

  /// Every group's messages of a language, as one catalog; nil when no group has the language.
  public func catalog(_ name: String, language: LanguageTag) throws(MessageFileError)
    -> MessageCatalog?
  {
    var merged: MessageCatalog?
    for group in try groups() {
      guard let catalog = try catalog(name, language: language, in: group) else { continue }
      merged = MessageCatalog(
        language: language,
        messages: (merged?.messages ?? [:]).merging(catalog.messages) { first, _ in first })
    }
    return merged
  }

  /// The messages for `language`: the files of its fallback chain that this folder has.
  /// English is built into the program, so its files are not read for it.
  public func messages(for language: LanguageTag) throws(MessageFileError) -> Messages {
    var catalogs: [MessageCatalog] = []
    for tag in language.fallbackChain where tag != .english {
      if let catalog = try catalog(tag.code, language: tag) { catalogs.append(catalog) }
    }
    return Messages(language: language, catalogs: catalogs)
  }

  /// The check of every group here (see `MessageCheck`); a file that cannot be read at all is
  /// thrown instead.
  public func check() throws(MessageFileError) -> [MessageProblem] {
    let groups = try groups()
    guard !groups.isEmpty else {
      throw MessageFileError(
        file: path, line: nil,
        message:
          "holds no group of messages; each group is a folder holding en.json, such as export/en.json"
      )
    }
    var checked: [MessageCheck.Group] = []
    for group in groups {
      guard let english = try catalog("en", language: .english, in: group) else { continue }
      let documentation =
        try catalog("qqq", language: .english, in: group)
        ?? MessageCatalog(language: .english, messages: [:])
      var translations: [MessageCheck.File] = []
      for language in try languages() where language != .english {
        let name = file(of: language.code, in: group)
        if let catalog = try catalog(language.code, language: language, in: group) {
          translations.append(MessageCheck.File(name: name, catalog: catalog))
        } else {
          translations.append(
            MessageCheck.File(
              name: name, catalog: MessageCatalog(language: language, messages: [:]),
              isMissing: true))
        }
      }
      checked.append(
        MessageCheck.Group(
          english: MessageCheck.File(name: file(of: "en", in: group), catalog: english),
          documentation: MessageCheck.File(
            name: file(of: "qqq", in: group), catalog: documentation),
          translations: translations))
    }
    return MessageCheck(folder: path, groups: checked).problems()
  }

  private func names(in folder: String) throws(MessageFileError) -> [String] {
    do throws(SystemCallError) {
      return try OpenFolder.open(folder).names()
    } catch {
      throw MessageFileError(file: folder, line: nil, message: "cannot be read (\(error.reason))")
    }
  }
}
