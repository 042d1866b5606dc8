import FoundationEssentials
import Glibc

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
  /// Only a regular file of at most `RegularFile.sizeLimit` bytes is read (a link to one is
  /// fine): a FIFO or a device in the content folder is refused rather than waited on.
  static func text(of path: String) throws(ContentLoadError) -> String {
    let bytes: [UInt8]
    do throws(RegularFile.Refusal) {
      bytes = try RegularFile.read(path: path)
    } catch {
      throw .unreadable(path: path, reason: FileErrorReason.text(of: error))
    }
    guard let text = utf8Text(bytes) else {
      throw .unreadable(path: path, reason: TextPosition.notUTF8(in: bytes))
    }
    return text
  }

  /// The bytes as text, or nil when they are not UTF-8: what `String(validating:)` answers.
  /// Decoding puts U+FFFD in place of each sequence that is not UTF-8, so the bytes are UTF-8
  /// exactly when the text's bytes are theirs; the decoding's check is the standard library's
  /// fast one, where `String(validating:)` took a generic path of a tenth of the content's read.
  static func utf8Text(_ bytes: [UInt8]) -> String? {
    let text = String(decoding: bytes, as: UTF8.self)
    guard text.utf8.count == bytes.count else { return nil }
    guard !bytes.isEmpty else { return text }
    let same = bytes.withUnsafeBufferPointer { bytes in
      text.utf8.withContiguousStorageIfAvailable { decoded in
        memcmp(decoded.baseAddress!, bytes.baseAddress!, bytes.count) == 0
      } ?? text.utf8.elementsEqual(bytes)
    }
    return same ? text : nil
  }
}
