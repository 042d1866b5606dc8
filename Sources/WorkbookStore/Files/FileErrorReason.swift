import FoundationEssentials
import Glibc

/// The reason a file operation failed, in the system's own words ("Permission denied"), not the
/// dump of a Foundation error's domain, code and user info.
public enum FileErrorReason {
  public static func text(of error: any Error) -> String {
    if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
    guard let cocoa = error as? CocoaError else { return "\(error)" }
    if let posix = cocoa.userInfo["NSUnderlyingError"] as? POSIXError {
      return String(cString: strerror(posix.code.rawValue))
    }
    switch cocoa.code {
    case .fileNoSuchFile, .fileReadNoSuchFile: return String(cString: strerror(ENOENT))
    case .fileReadNoPermission, .fileWriteNoPermission: return String(cString: strerror(EACCES))
    case .fileReadInapplicableStringEncoding, .fileReadCorruptFile:
      return "the file is not readable text"
    case .fileWriteOutOfSpace: return String(cString: strerror(ENOSPC))
    default: return "the system refused (error \(cocoa.code.rawValue))"
    }
  }
}
