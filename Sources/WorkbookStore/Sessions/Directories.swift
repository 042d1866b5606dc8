import Glibc

/// Creating folders the way the store wants them: missing ones made private (0700).
enum Directories {
  /// Creates `path` and any missing parents, each with permissions 0700.
  static func create(_ path: String) throws(SystemCallError) {
    var partial = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      let parent = partial.isEmpty ? "/" : partial
      partial += "/" + component
      if mkdir(partial, 0o700) == 0 {
        // The new folder's entry must reach the disk too, or a crash could lose it and every
        // file saved into it.
        try SystemFileSystem().syncDirectory(OpenFolder.open(parent))
      } else if errno != EEXIST {
        throw .last("create the folder", partial)
      }
    }
  }
}
