import Glibc

/// A system call that failed in a test's set-up, with the reason the system gave.
public struct SystemCallFailure: Error, CustomStringConvertible {
  public var call: String
  public var code: Int32
  public var description: String { "\(call) failed: \(String(cString: strerror(code)))" }

  public init(call: String, code: Int32) {
    self.call = call
    self.code = code
  }
}
