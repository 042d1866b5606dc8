import WorkbookCore

/// Schema 0, the first layout: participants were a list of names, scores were kept apart and
/// keyed by name, reflection answers were text only, a review was its status only, plan rows had
/// no ids, and the times and a few fields had other names. Migrated to the current model on load.
struct SessionSchema0File: Decodable {
  var session: Schema0Session

  struct Schema0Session: Decodable {
    var id: String
    var title: String
    var organization: String
    var created: String
    var updated: String
    var mode: SessionMode
    var participants: [String]
    var scores: [String: [String: ScoreAnswer]]
    var anonymous: Bool
    var strategy: String
    var contentVersion: String
    var reflection: [String: String]
    var reviews: [String: ReviewStatus]
    var plan: [Schema0PlanRow]
    var notes: String
  }

  struct Schema0PlanRow: Decodable {
    var cells: [String: String]
    var recommendationID: String?
  }

  /// The session in the current model. Participants get ids "p1"…"pn" in their order (scores
  /// under a name missing from the list are kept under a participant of that name, after the
  /// others); scores stay hidden until revealed again. Schema 0 kept no "finished" mark: a
  /// participant counts as finished when they answered every score item of the strategy as
  /// the content has it now (`scoreItemIDs`), as an import counts them; without the content,
  /// no one does, and each confirms their scores again on their next turn.
  func migrated(scoreItemIDs: [String]?) -> Session {
    let old = session
    let unlisted = old.scores.keys.filter { !old.participants.contains($0) }.sorted()
    let participants = (old.participants + unlisted).enumerated().map { index, name in
      let scores = old.scores[name] ?? [:]
      let finished = scoreItemIDs.map { ids in
        !ids.isEmpty && ids.allSatisfy { scores[$0] != nil }
      }
      return Participant(
        id: "p\(index + 1)", name: name, scores: scores, finishedScoring: finished ?? false)
    }
    return Session(
      id: old.id, title: old.title, organization: old.organization, createdAt: old.created,
      updatedAt: old.updated, mode: old.mode, participants: participants,
      anonymous: old.anonymous, strategyID: old.strategy, contentVersion: old.contentVersion,
      reflection: old.reflection.mapValues { ReflectionAnswer(text: $0) },
      reviews: old.reviews.mapValues { RecommendationReview(status: $0) },
      plan: old.plan.enumerated().map { index, row in
        PlanRow(id: "r\(index + 1)", cells: row.cells, recommendationID: row.recommendationID)
      },
      facilitatorNotes: old.notes)
  }
}
