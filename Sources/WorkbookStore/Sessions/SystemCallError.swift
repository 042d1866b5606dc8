import Glibc

/// A system call that failed: which one, on which file, and the reason the system gave.
public struct SystemCallError: Error, Equatable, CustomStringConvertible {
  public var operation: String
  public var path: String
  public var code: Int32

  public init(operation: String, path: String, code: Int32) {
    self.operation = operation
    self.path = path
    self.code = code
  }

  /// The error of the call that just failed, from `errno`.
  static func last(_ operation: String, _ path: String) -> SystemCallError {
    SystemCallError(operation: operation, path: path, code: errno)
  }

  public var reason: String { String(cString: strerror(code)) }

  /// The reason first: where a message must be cut short (a status line), the part a person can
  /// act on ("No space left on device") survives.
  public var description: String { "\(reason) (could not \(operation) \(path))" }
}
