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
      effects = changeSession { $0.toggleStatus(status, recommendationID: id) }
    case .cyclePriority:
      guard let id = selected?.recommendation.id else { return [] }
      effects = changeSession { $0.cyclePriority(recommendationID: id) }
    case .editNote:
      guard let id = selected?.recommendation.id else { return [] }
      state.noteEditor = TextEditor(
        text: workbook.session.review(of: id).note,
        placeholder: messages(
          workbook.session.mode == .solo ? .stepsNotePlaceholderSolo : .stepsNotePlaceholderTeam))
    case .cycleFilter:
      let order: [ReviewStatus?] = [nil] + ReviewStatus.allCases
      state.filter = order[((order.firstIndex(of: state.filter) ?? 0) + 1) % order.count]
      state.selection = 0
    case .toggleWeakAreasFirst:
      state.weakAreasFirst.toggle()
      state.selection = 0
    case .addToPlan:
      guard let entry = selected else { return [] }
      var addition = PlanAddition.added(row: 0)
      effects = changeSession {
        addition = $0.addPlanRow(for: entry.recommendation, strategy: workbook.strategy)
      }
      switch addition {
      case .alreadyInPlan(let row):
        // One row per recommendation: a second + says where the row is rather than adding a copy.
        let plan = KeyBinding.key(for: .steps(.goTo(.plan)), in: KeyBinding.steps)
        let add = KeyBinding.key(for: .plan(.addRow), in: KeyBinding.plan)
        message = StatusMessage(.stepsAlreadyInPlan, row, plan, add)
        return []
      case .added(let row):
        message = StatusMessage(.stepsAddedToPlan, row)
      }
    }
    self.workbook?.recommendations = state
    // A mark may have taken the selection out of a filtered list: keep it in range.
    keepRecommendationInList()
    return effects
  }

  /// A key for the note being written: Ctrl-D keeps it in the session, Esc leaves it as it was.
  mutating func updateRecommendationNote(_ key: Key, in field: FieldSize) -> [Effect] {
    guard let workbook, var editor = workbook.recommendations.noteEditor,
      let id = RecommendationsScreen.selectedEntry(workbook)?.recommendation.id
    else { return [] }
    editor.resize(to: field)
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
      return changeSession {
        $0.apply(.recommendationNote(recommendationID: id, text: editor.text))
      }
    }
  }

  /// Clamps the selection to the list (drawing keeps it in view).
  private mutating func keepRecommendationInList() {
    guard let workbook else { return }
    let count = RecommendationsScreen.entries(workbook).count
    self.workbook?.recommendations.selection = max(
      0, min(workbook.recommendations.selection, count - 1))
  }
}
