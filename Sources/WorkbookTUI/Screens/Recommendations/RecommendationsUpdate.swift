import WorkbookCore
import WorkbookWorkflow

extension AppState {
  mutating func updateRecommendations(_ action: RecommendationsAction) -> [Effect] {
    guard let workbook else { return [] }
    var state = workbook.recommendations
    let count = RecommendationsScreen.entries(workbook).count
    let selected = RecommendationsScreen.selectedEntry(workbook)
    var effects: [Effect] = []
    switch action {
    case .moveUp: state.selection = max(0, min(state.selection, count - 1) - 1)
    case .moveDown: state.selection = max(0, min(count - 1, state.selection + 1))
    case .setStatus(let status):
      guard let id = selected?.recommendation.id else { return [] }
      let current = workbook.session.review(of: id).status
      effects = changeSession {
        $0.reviews[id, default: RecommendationReview()].status =
          current == status ? .notReviewed : status
      }
    case .cyclePriority:
      guard let id = selected?.recommendation.id else { return [] }
      let order: [Priority?] = [nil] + Priority.allCases
      let current = workbook.session.review(of: id).priority
      let next = order[((order.firstIndex(of: current) ?? 0) + 1) % order.count]
      effects = changeSession { $0.reviews[id, default: RecommendationReview()].priority = next }
    case .editNote:
      guard let id = selected?.recommendation.id else { return [] }
      let frame = ContentFrame(width: terminalWidth, height: terminalHeight)
      state.noteEditor = TextEditor(
        text: workbook.session.review(of: id).note, width: frame.width - 2,
        height: RecommendationsScreen.noteEditorHeight,
        placeholder: workbook.session.mode == .solo ? "Type your note." : "Type the team's note.")
    case .cycleFilter:
      let order: [ReviewStatus?] = [nil] + ReviewStatus.allCases
      state.filter = order[((order.firstIndex(of: state.filter) ?? 0) + 1) % order.count]
      state.selection = 0
    case .toggleWeakAreasFirst:
      state.weakAreasFirst.toggle()
      state.selection = 0
    case .addToPlan:
      guard let entry = selected else { return [] }
      // One row per recommendation: a second + says where the row is rather than adding a copy.
      if let index = workbook.session.plan.firstIndex(where: {
        $0.recommendationID == entry.recommendation.id
      }) {
        message = StatusMessage(
          "Already in the plan as row \(index + 1); nothing added. Press 5 to see it, a there for "
            + "another row.")
        return []
      }
      let row = planRow(for: entry.recommendation, in: workbook)
      effects = changeSession { $0.plan.append(row) }
      message = StatusMessage(
        "Added to the plan as row \(workbook.session.plan.count + 1), linked to this "
          + "recommendation.")
    }
    self.workbook?.recommendations = state
    // A mark may have taken the selection out of a filtered list: keep it in range.
    keepRecommendationInList()
    return effects
  }

  /// A key for the note being written: Ctrl-D keeps it in the session, Esc leaves it as it was.
  mutating func updateRecommendationNote(_ key: Key) -> [Effect] {
    guard let workbook, var editor = workbook.recommendations.noteEditor,
      let id = RecommendationsScreen.selectedEntry(workbook)?.recommendation.id
    else { return [] }
    let frame = ContentFrame(width: terminalWidth, height: terminalHeight)
    editor.resize(width: frame.width - 2, height: RecommendationsScreen.noteEditorHeight)
    switch editor.handle(key) {
    case .editing, .unhandled:
      self.workbook?.recommendations.noteEditor = editor
      return []
    case .cancelled:
      self.workbook?.recommendations.noteEditor = nil
      keepRecommendationInList()
      return []
    case .finished:
      self.workbook?.recommendations.noteEditor = nil
      keepRecommendationInList()
      return changeSession { $0.reviews[id, default: RecommendationReview()].note = editor.text }
    }
  }

  /// Clamps the selection to the list (drawing keeps it in view).
  private mutating func keepRecommendationInList() {
    guard let workbook else { return }
    let count = RecommendationsScreen.entries(workbook).count
    self.workbook?.recommendations.selection = max(
      0, min(workbook.recommendations.selection, count - 1))
  }

  /// A new plan row for a recommendation: linked to it, its first column holding the
  /// recommendation's first sentence for the team to rewrite as a goal.
  private func planRow(for recommendation: Recommendation, in workbook: WorkbookState) -> PlanRow {
    var row = PlanRow(id: workbook.session.newPlanRowID(), recommendationID: recommendation.id)
    if let column = workbook.strategy.plan.columns.first {
      row[column.id] = Self.firstSentence(of: recommendation.text)
    }
    return row
  }

  static func firstSentence(of text: String) -> String {
    guard let end = text.firstRange(of: ". ") else { return text }
    return String(text[..<end.lowerBound]) + "."
  }
}
