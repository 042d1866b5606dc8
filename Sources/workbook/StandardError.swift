#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Messages for the person at the terminal, kept off standard output so scripts can read it.
enum StandardError {
  /// Writes `text` and a line break to standard error.
  static func print(_ text: String) {
    var line = text.hasSuffix("\n") ? text : text + "\n"
    line.withUTF8 { bytes in
      guard let start = bytes.baseAddress else { return }
      var offset = 0
      while offset < bytes.count {
        let written = write(2, start + offset, bytes.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }
}
