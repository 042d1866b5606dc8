import Glibc

/// Fresh private folders under /tmp for the tests, and the files in them.
public enum TemporaryFolder {
  /// A new empty folder, /tmp/workbook-test-XXXXXX, readable by its owner only.
  public static func make() -> String {
    var template = Array("/tmp/workbook-test-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    precondition(created != nil, "mkdtemp failed")
    return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The bytes of the file at `path`, or nil when it cannot be opened.
  public static func bytes(at path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { return bytes }
      bytes += buffer[0..<count]
    }
  }

  /// The names in `folder`, sorted, without "." and "..".
  public static func names(in folder: String) throws(SystemCallFailure) -> [String] {
    guard let directory = opendir(folder) else {
      throw SystemCallFailure(call: "opendir \(folder)", code: errno)
    }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }
}
