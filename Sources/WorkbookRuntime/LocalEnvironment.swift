import Glibc

/// What a front end's state takes from the process when it starts: where files are written by
/// default, and the local time zone.
public enum LocalEnvironment {
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
