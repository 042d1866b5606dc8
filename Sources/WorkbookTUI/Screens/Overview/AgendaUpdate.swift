import WorkbookCore
import WorkbookWorkflow

extension AppState {
  /// Opens the agenda's editor on its first step; a session without an agenda starts from the
  /// suggested 60-minute one.
  mutating func openAgendaEditor() -> [Effect] {
    guard workbook != nil else { return [] }
    workbook?.overview.agendaSelection = .overview
    guard workbook?.session.agenda == nil else { return [] }
    message = StatusMessage(.tuiAgendaSuggested60)
    return changeSession { $0.agenda = Agenda.suggested(forMinutes: 60) }
  }

  mutating func updateAgenda(_ action: AgendaAction) -> [Effect] {
    guard let selected = workbook?.overview.agendaSelection else { return [] }
    let steps = Step.allCases
    switch action {
    case .moveUp:
      workbook?.overview.agendaSelection = steps[max(0, selected.rawValue - 1)]
    case .moveDown:
      workbook?.overview.agendaSelection = steps[min(steps.count - 1, selected.rawValue + 1)]
    case .change(let delta):
      return changeSession { $0.changeAgendaMinutes(of: selected.agendaID, by: delta) }
    case .suggest(let total):
      message = StatusMessage(.tuiAgendaSuggested, total)
      return changeSession { $0.agenda = Agenda.suggested(forMinutes: total) }
    case .remove:
      workbook?.overview.agendaSelection = nil
      message = StatusMessage(.tuiAgendaRemoved)
      return changeSession { $0.agenda = nil }
    case .done:
      workbook?.overview.agendaSelection = nil
    }
    return []
  }
}
