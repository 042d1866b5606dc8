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
    let bytes = try bytes(of: path)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .unreadable(path: path, reason: "not UTF-8 text; save it as UTF-8")
    }
    return text
  }

  private static func bytes(of path: String) throws(ContentLoadError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw unreadable(path) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw unreadable(path)
      }
      if count == 0 { return bytes }
      bytes += buffer[0..<count]
    }
  }

  /// The error of the last call, as the C library words it ("No such file or directory").
  private static func unreadable(_ path: String) -> ContentLoadError {
    .unreadable(path: path, reason: String(cString: strerror(errno)))
  }
}
