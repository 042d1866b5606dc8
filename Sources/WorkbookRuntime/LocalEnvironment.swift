import Glibc

/// What a front end's state takes from the process when it starts: where files are written by
/// default, the local time zone, and the environment's variables.
public enum LocalEnvironment {
  /// The environment's variables, as `ProcessInfo.processInfo.environment` gives them: each
  /// `NAME=value` entry split at its first "=" character (an entry without one is left out, and a
  /// name given twice keeps its last value), the bytes read as UTF-8 with repairs. Without the
  /// process information's set-up and its copy of every entry, which the first frame paid for.
  /// An "=" byte with ASCII on both sides is an "=" character of its own; an entry where it is
  /// not is split by `Character`, as the process information splits it.
  public static func variables() -> [String: String] {
    variables(in: environ)
  }

  /// The variables of `entries`, a list of C strings ended by a null pointer, as `environ` is.
  static func variables(in entries: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?)
    -> [String: String]
  {
    var variables: [String: String] = [:]
    guard var entry = entries else { return variables }
    while let pointer = entry.pointee {
      entry += 1
      let bytes = UnsafeBufferPointer(
        start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self),
        count: strlen(pointer))
      if let equals = bytes.firstIndex(of: UInt8(ascii: "=")),
        equals == 0 || bytes[equals - 1] < 0x80,
        equals + 1 == bytes.count || bytes[equals + 1] < 0x80
      {
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<equals]), as: UTF8.self)
        variables[name] = String(
          decoding: UnsafeBufferPointer(rebasing: bytes[(equals + 1)...]), as: UTF8.self)
        continue
      }
      let text = String(decoding: bytes, as: UTF8.self)
      guard let equals = text.firstIndex(of: "=") else { continue }
      variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
    }
    return variables
  }

  /// How far local time is ahead of UTC now, from the C library's idea of the time zone (TZ or
  /// /etc/localtime).
  public static func utcOffsetSeconds() -> Int {
    var now = time(nil)
    var local = tm()
    guard localtime_r(&now, &local) != nil else { return 0 }
    return local.tm_gmtoff
  }

  /// The folder the workbook was started in, where the Export step writes by default.
  public static func currentFolder() -> String {
    guard let folder = getcwd(nil, 0) else { return "." }
    defer { free(folder) }
    return String(cString: folder)
  }
}
