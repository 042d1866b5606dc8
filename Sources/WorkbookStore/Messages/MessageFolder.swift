import FoundationEssentials
import WorkbookCore

/// Where the interface's message files are (en.json, qqq.json, de.json …), and reading them.
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

  /// The file of a language: "de.json" for de.
  public func file(of language: String) -> String { path + "/" + language + ".json" }

  /// The languages with a file here (qqq, the documentation, is not one), by name.
  public func languages() throws(MessageFileError) -> [LanguageTag] {
    let names: [String]
    do throws(SystemCallError) {
      names = try OpenFolder.open(path).names()
    } catch {
      throw MessageFileError(file: path, line: nil, message: "cannot be read (\(error.reason))")
    }
    return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") && $0 != "qqq.json" }
      .sorted()
      .compactMap { LanguageTag(String($0.dropLast(5))) }
  }

  /// A message file by name ("de", "qqq"), or nil when the folder has none.
  public func catalog(_ name: String, language: LanguageTag) throws(MessageFileError)
    -> MessageCatalog?
  {
    let file = file(of: name)
    guard ContentFiles.exists(file) else { return nil }
    let text: String
    do throws(ContentLoadError) {
      text = try ContentFiles.text(of: file)
    } catch {
      throw MessageFileError(file: file, line: nil, message: error.description)
    }
    return try MessageCatalog(language: language, json: text, fileName: file)
  }

  /// The messages for `language`: the files of its fallback chain that this folder has.
  public func messages(for language: LanguageTag) throws(MessageFileError) -> Messages {
    var catalogs: [MessageCatalog] = []
    for tag in language.fallbackChain {
      if let catalog = try catalog(tag.code, language: tag) { catalogs.append(catalog) }
    }
    return Messages(language: language, catalogs: catalogs)
  }

  /// The check of every file here (see `MessageCheck`); a file that cannot be read at all is
  /// thrown instead.
  public func check() throws(MessageFileError) -> [MessageProblem] {
    guard let english = try catalog("en", language: .english) else {
      throw MessageFileError(
        file: file(of: "en"), line: nil, message: "missing; the source messages must be here")
    }
    let documentation =
      try catalog("qqq", language: .english)
      ?? MessageCatalog(language: .english, messages: [:])
    var translations: [MessageCheck.File] = []
    for language in try languages() where language != .english {
      if let catalog = try catalog(language.code, language: language) {
        translations.append(MessageCheck.File(name: file(of: language.code), catalog: catalog))
      }
    }
    return MessageCheck(
      english: MessageCheck.File(name: file(of: "en"), catalog: english),
      documentation: MessageCheck.File(name: file(of: "qqq"), catalog: documentation),
      translations: translations
    ).problems()
  }
}
