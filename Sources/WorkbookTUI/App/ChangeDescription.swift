import WorkbookCore

/// What changed between two versions of a session, for "Undone: …" and "Redone: …": the first
/// difference found, from the most specific.
enum ChangeDescription: Equatable {
  /// The mark on a recommendation, named by its first words.
  case mark(String)
  /// The answer to a reflection question, by its number.
  case answer(Int)
  case planRowAdded
  case planRowDeleted
  case planOrder
  /// A cell of a plan row, by the row's number.
  case planRow(Int)
  case facilitatorNotes
  case reveal
  /// Whose scores is left out: a private turn may be on screen.
  case score
  case other

  init(from before: Session, to after: Session, strategy: Strategy) {
    let recommendations = strategy.recommendationGroups.flatMap(\.recommendations)
    if let changed = recommendations.first(where: { before.reviews[$0.id] != after.reviews[$0.id] }
    ) {
      self = .mark(Self.opening(of: changed.text))
    } else if let index = strategy.reflectionQuestions.firstIndex(where: {
      before.reflection[$0.id] != after.reflection[$0.id]
    }) {
      self = .answer(index + 1)
    } else if before.plan.count != after.plan.count {
      self = before.plan.count < after.plan.count ? .planRowAdded : .planRowDeleted
    } else if let index = before.plan.indices.first(where: { before.plan[$0] != after.plan[$0] }) {
      let sameRows = Set(before.plan.map(\.id)) == Set(after.plan.map(\.id))
      self =
        sameRows && before.plan[index].id != after.plan[index].id ? .planOrder : .planRow(index + 1)
    } else if before.facilitatorNotes != after.facilitatorNotes {
      self = .facilitatorNotes
    } else if before.scoresRevealed != after.scoresRevealed {
      self = .reveal
    } else if before.participants != after.participants {
      self = .score
    } else {
      self = .other
    }
  }

  /// What the status line says once the change is undone, or redone.
  func message(undone: Bool) -> StatusMessage {
    switch self {
    case .mark(let opening): StatusMessage(undone ? .tuiUndoneMark : .tuiRedoneMark, opening)
    case .answer(let number): StatusMessage(undone ? .tuiUndoneAnswer : .tuiRedoneAnswer, number)
    case .planRowAdded: StatusMessage(undone ? .tuiUndonePlanRowAdded : .tuiRedonePlanRowAdded)
    case .planRowDeleted:
      StatusMessage(undone ? .tuiUndonePlanRowDeleted : .tuiRedonePlanRowDeleted)
    case .planOrder: StatusMessage(undone ? .tuiUndonePlanOrder : .tuiRedonePlanOrder)
    case .planRow(let number): StatusMessage(undone ? .tuiUndonePlanRow : .tuiRedonePlanRow, number)
    case .facilitatorNotes: StatusMessage(undone ? .tuiUndoneNotes : .tuiRedoneNotes)
    case .reveal: StatusMessage(undone ? .tuiUndoneReveal : .tuiRedoneReveal)
    case .score: StatusMessage(undone ? .tuiUndoneScore : .tuiRedoneScore)
    case .other: StatusMessage(undone ? .tuiUndoneOther : .tuiRedoneOther)
    }
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
