/// Every problem found in some content, thrown at once so an author can fix them all in one go.
public struct ContentProblems: Error, Sendable, Equatable, CustomStringConvertible {
  /// The problems in file order, then line order.
  public var problems: [ContentProblem]

  public init(_ problems: [ContentProblem]) {
    // Sorted by file and line; problems on one line keep the order they were found in.
    self.problems = problems.enumerated()
      .sorted {
        ($0.element.file, $0.element.line, $0.offset) < (
          $1.element.file, $1.element.line, $1.offset
        )
      }
      .map(\.element)
  }

  /// One `file:line: message` per line.
  public var description: String { problems.map(\.description).joined(separator: "\n") }
}
