import Glibc

/// The least a durable replacement of a file can do, to compare a session save with: write a
/// temporary file, fsync it, rename it over the old name, fsync the folder.
public enum DurableWrite {
  public static func replace(_ path: String, with bytes: [UInt8]) {
    let temporary = path + ".bare.tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    precondition(descriptor >= 0, "cannot create \(temporary)")
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes {
        write(descriptor, $0.baseAddress! + written, $0.count - written)
      }
      precondition(count > 0, "cannot write \(temporary)")
      written += count
    }
    precondition(fsync(descriptor) == 0, "cannot fsync \(temporary)")
    close(descriptor)
    precondition(rename(temporary, path) == 0, "cannot rename \(temporary)")
    let folder = open(String(path[..<path.lastIndex(of: "/")!]), O_RDONLY | O_DIRECTORY)
    precondition(folder >= 0 && fsync(folder) == 0, "cannot fsync the folder of \(path)")
    close(folder)
  }
}
