/// One thing wrong with a content file: where it is and what to do about it.
public struct ContentProblem: Sendable, Equatable, Codable, CustomStringConvertible {
  /// The file's name as the user gave it (or as it was found), so the message leads back to it.
  public var file: String
  /// The 1-based line the problem is on, or the line where the missing thing belongs.
  public var line: Int
  /// What is wrong and what to do, in one sentence.
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`, the form editors and terminals understand.
  public var description: String { "\(file):\(line): \(message)" }
}
