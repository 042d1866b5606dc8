import WorkbookCore

extension Session {
  /// Sets the text a `TextChange` names, as given: what was written is kept exactly, line breaks
  /// and spaces too. A change about a plan row the session no longer has changes nothing.
  public mutating func apply(_ change: TextChange) {
    switch change {
    case .reflectionAnswer(let questionID, let text):
      reflection[questionID, default: ReflectionAnswer()].text = text
    case .recommendationNote(let recommendationID, let text):
      reviews[recommendationID, default: RecommendationReview()].note = text
    case .planCell(let rowID, let columnID, let text):
      guard let index = plan.firstIndex(where: { $0.id == rowID }) else { return }
      plan[index][columnID] = text
    case .facilitatorNotes(let text):
      facilitatorNotes = text
    }
  }

  /// The text a `TextChange` of this kind would replace: what an editor opens on.
  public func currentText(of change: TextChange) -> String {
    switch change {
    case .reflectionAnswer(let questionID, _): reflection[questionID]?.text ?? ""
    case .recommendationNote(let recommendationID, _): review(of: recommendationID).note
    case .planCell(let rowID, let columnID, _):
      plan.first { $0.id == rowID }?[columnID] ?? ""
    case .facilitatorNotes: facilitatorNotes
    }
  }
}
