/// Something a message check found: where (file and line, when the file has one), how serious,
/// and what to do.
public struct MessageProblem: Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable, Equatable {
    /// The workbook still speaks (a missing translation falls back to English).
    case warning
    /// A file to fix before it ships.
    case error
  }

  public var severity: Severity
  public var file: String
  public var line: Int?
  public var message: String

  public init(_ severity: Severity, file: String, line: Int?, message: String) {
    self.severity = severity
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    let place = line.map { "\(file):\($0)" } ?? file
    return "\(place): \(severity.rawValue): \(message)"
  }
}
