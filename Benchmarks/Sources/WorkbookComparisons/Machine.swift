import Glibc

/// What the measurements ran on, for the table's heading.
enum Machine {
  static func description() -> String {
    var name = utsname()
    uname(&name)
    let kernel = withUnsafeBytes(of: name.release) {
      String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
    }
    let architecture = withUnsafeBytes(of: name.machine) {
      String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
    }
    let processor = cpuModel() ?? "unknown processor"
    return "\(processor), \(sysconf(Int32(_SC_NPROCESSORS_ONLN))) cores, \(architecture), "
      + "Linux \(kernel)"
  }

  private static func cpuModel() -> String? {
    guard let file = fopen("/proc/cpuinfo", "r") else { return nil }
    defer { fclose(file) }
    var line: UnsafeMutablePointer<CChar>?
    var capacity = 0
    defer { free(line) }
    while getline(&line, &capacity, file) > 0, let line {
      let text = String(cString: line)
      if text.hasPrefix("model name") {
        return String(text.drop { $0 != ":" }.dropFirst().drop { $0 == " " }.dropLast())
      }
    }
    return nil
  }
}
