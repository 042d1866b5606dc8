import FoundationEssentials
import Glibc
import WorkbookCore

/// The file access content loading needs: what is a folder, which files are strategies, and
/// reading one as UTF-8 text.
enum ContentFiles {
  /// By `stat` alone: FileManager's attributes also look up the owner's user and group names,
  /// which cost the start-up a read of the user and group databases.
  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }

  static func exists(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0
  }

  /// The strategy files of a folder, by name: every `*.md` file except hidden files, a README, so
  /// a content folder can explain itself, and translations (see `TranslationFileName`).
  static func strategyFiles(in folder: String) throws(ContentLoadError) -> [String] {
    try markdownFiles(in: folder).filter { TranslationFileName.split($0) == nil }
  }

  /// The translation files of a folder, by name.
  static func translationFiles(in folder: String) throws(ContentLoadError) -> [String] {
    try markdownFiles(in: folder).filter { TranslationFileName.split($0) != nil }
  }

  private static func markdownFiles(in folder: String) throws(ContentLoadError) -> [String] {
    let names: [String]
    do throws(SystemCallError) {
      names = try OpenFolder.open(folder).names()
    } catch {
      throw .unreadable(path: folder, reason: error.reason)
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
    String(decoding: try utf8(of: path), as: UTF8.self)
  }

  /// The file's bytes, checked to be UTF-8. Only a regular file of at most
  /// `RegularFile.sizeLimit` bytes is read (a link to one is fine): a FIFO or a device in the
  /// content folder is refused rather than waited on.
  static func utf8(of path: String) throws(ContentLoadError) -> [UInt8] {
    let bytes: [UInt8]
    do throws(RegularFile.Refusal) {
      bytes = try RegularFile.read(path: path)
    } catch {
      throw .unreadable(path: path, reason: FileErrorReason.text(of: error))
    }
    guard bytes.withUnsafeBufferPointer(UTF8Bytes.areValid) else {
      throw .unreadable(path: path, reason: TextPosition.notUTF8(in: bytes))
    }
    return bytes
  }
}
