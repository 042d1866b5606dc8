/// Why a score import was refused: every bad row, in line order.
public struct ScoreImportFailure: Error, Sendable, Equatable, CustomStringConvertible {
  public var problems: [ScoreImportProblem]

  public var description: String { problems.map(\.description).joined(separator: "\n") }
}
