import FoundationEssentials

/// The file access content loading needs: what is a folder, which files are strategies, and
/// reading one as UTF-8 text.
enum ContentFiles {
  static func isDirectory(_ path: String) -> Bool {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return attributes?[.type] as? FileAttributeType == .typeDirectory
  }

  static func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: path)
  }

  /// The strategy files of a folder, by name: every `*.md` file except hidden files and a
  /// README, so a content folder can explain itself.
  static func strategyFiles(in folder: String) throws(ContentLoadError) -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      throw .unreadable(path: folder, reason: FileErrorReason.text(of: error))
    }
    let separator = folder.hasSuffix("/") ? "" : "/"
    return
      names
      .filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") && $0.lowercased() != "readme.md" }
      .sorted()
      .map { folder + separator + $0 }
  }

  /// The file's text; a file that is not UTF-8 is a problem to fix, not something to guess at.
  static func text(of path: String) throws(ContentLoadError) -> String {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw .unreadable(path: path, reason: FileErrorReason.text(of: error))
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw .unreadable(path: path, reason: "not UTF-8 text; save it as UTF-8")
    }
    return text
  }
}
