import FoundationEssentials

/// Where the strategy files are, and how the workbook found them. In order: `--content DIR`, the
/// `WORKBOOK_CONTENT` environment variable, `<executable's folder>/../share/workbook/content` (what
/// `make install` lays down), then a `Content/` folder in the executable's folder or above it (the
/// repository, for `.build/debug/workbook`).
public struct ContentFolder: Sendable, Equatable {
  public enum Origin: String, Sendable, Equatable {
    case option = "--content"
    case environment = "WORKBOOK_CONTENT"
    case installed = "the installed content"
    case repository = "the repository's Content folder"
  }

  public var path: String
  public var origin: Origin

  public init(path: String, origin: Origin) {
    self.path = path
    self.origin = origin
  }

  /// Finds the content folder. A folder the user named must exist; it is never silently replaced
  /// by another one. The executable's path is looked up only when no folder is named.
  public static func locate(
    option: String?,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    executablePath: @autoclosure () -> String? = currentExecutablePath()
  ) throws(ContentLoadError) -> ContentFolder {
    if let option, !option.isEmpty {
      guard ContentFiles.isDirectory(option) else {
        throw .pathNotFound(path: option, namedBy: "--content")
      }
      return ContentFolder(path: option, origin: .option)
    }
    if let named = environment["WORKBOOK_CONTENT"], !named.isEmpty {
      guard ContentFiles.isDirectory(named) else {
        throw .pathNotFound(path: named, namedBy: "WORKBOOK_CONTENT")
      }
      return ContentFolder(path: named, origin: .environment)
    }
    var tried: [String] = []
    if let executablePath = executablePath() {
      let binFolder = parent(of: executablePath)
      let installed = normalized(binFolder + "/../share/workbook/content")
      tried.append(installed)
      if ContentFiles.isDirectory(installed) {
        return ContentFolder(path: installed, origin: .installed)
      }
      var folder = binFolder
      while true {
        let candidate = folder == "/" ? "/Content" : folder + "/Content"
        if ContentFiles.isDirectory(candidate) {
          return ContentFolder(path: candidate, origin: .repository)
        }
        if folder == "/" || folder.isEmpty { break }
        folder = parent(of: folder)
      }
      tried.append("Content/ in \(binFolder) and each folder above it")
    }
    throw .folderNotFound(tried: tried)
  }

  /// The running program's absolute path: `/proc/self/exe` on Linux, else the first argument
  /// made absolute.
  public static func currentExecutablePath() -> String? {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return path
    }
    guard let first = CommandLine.arguments.first, first.contains("/") else { return nil }
    if first.hasPrefix("/") { return normalized(first) }
    return normalized(FileManager.default.currentDirectoryPath + "/" + first)
  }

  static func parent(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func normalized(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
