import WorkbookCore

/// What changed between two versions of a session, in a few words, for "Undone: …" and
/// "Redone: …": the first difference found, from the most specific.
enum ChangeDescription {
  static func describe(from before: Session, to after: Session, strategy: Strategy) -> String {
    let recommendations = strategy.recommendationGroups.flatMap(\.recommendations)
    if let changed = recommendations.first(where: { before.reviews[$0.id] != after.reviews[$0.id] }
    ) {
      return "the mark on “\(opening(of: changed.text))”"
    }
    if let index = strategy.reflectionQuestions.firstIndex(where: {
      before.reflection[$0.id] != after.reflection[$0.id]
    }) {
      return "the answer to question \(index + 1)"
    }
    if before.plan.count != after.plan.count {
      return before.plan.count < after.plan.count ? "a plan row added" : "a plan row deleted"
    }
    if let index = before.plan.indices.first(where: { before.plan[$0] != after.plan[$0] }) {
      let sameRows = Set(before.plan.map(\.id)) == Set(after.plan.map(\.id))
      return sameRows && before.plan[index].id != after.plan[index].id
        ? "the order of the plan's rows" : "plan row \(index + 1)"
    }
    if before.facilitatorNotes != after.facilitatorNotes { return "the facilitator notes" }
    if before.scoresRevealed != after.scoresRevealed { return "the reveal" }
    // Whose scores is left out: a private turn may be on screen.
    if before.participants != after.participants { return "a score" }
    return "the last change"
  }

  /// The first words of a text, up to about 30 columns, cut between words.
  private static func opening(of text: String) -> String {
    guard text.displayWidth > 30 else { return text }
    var shown = ""
    for word in text.split(separator: " ") {
      let next = shown.isEmpty ? String(word) : shown + " " + word
      if next.displayWidth > 29 { break }
      shown = next
    }
    return shown.isEmpty ? text.truncated(to: 30) : shown + "…"
  }
}
