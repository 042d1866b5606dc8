/// An answer kept in a session whose id the strategy's content no longer has (the content was
/// edited after the session began). Such answers stay in the file and are reported, never dropped.
public struct ContentMismatch: Sendable, Equatable, Codable {
  public enum Kind: String, Sendable, Equatable, Codable {
    case scoreItem = "score item"
    case reflectionQuestion = "reflection question"
    case recommendation
    case planColumn = "plan column"
  }

  public var kind: Kind
  public var id: String

  public init(kind: Kind, id: String) {
    self.kind = kind
    self.id = id
  }

  /// Every id the session refers to that the strategy does not have, sorted and without repeats.
  public static func find(in session: Session, against strategy: Strategy) -> [ContentMismatch] {
    let itemIDs = Set(strategy.scoreItems.map(\.id))
    let questionIDs = Set(strategy.reflectionQuestions.map(\.id))
    let recommendationIDs = Set(strategy.recommendations.map(\.id))
    let columnIDs = Set(strategy.plan.columns.map(\.id))
    var found: Set<ContentMismatch> = []
    for participant in session.participants {
      for id in participant.scores.keys where !itemIDs.contains(id) {
        found.insert(.init(kind: .scoreItem, id: id))
      }
    }
    for id in session.reflection.keys where !questionIDs.contains(id) {
      found.insert(.init(kind: .reflectionQuestion, id: id))
    }
    for id in session.reviews.keys where !recommendationIDs.contains(id) {
      found.insert(.init(kind: .recommendation, id: id))
    }
    for row in session.plan {
      if let id = row.recommendationID, !recommendationIDs.contains(id) {
        found.insert(.init(kind: .recommendation, id: id))
      }
      for id in row.cells.keys where !columnIDs.contains(id) {
        found.insert(.init(kind: .planColumn, id: id))
      }
    }
    return found.sorted { ($0.kind.rawValue, $0.id) < ($1.kind.rawValue, $1.id) }
  }

  public var description: String { "\(kind.rawValue) \"\(id)\"" }
}

extension ContentMismatch: Hashable {}
extension ContentMismatch.Kind: Hashable {}
