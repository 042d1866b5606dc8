import WorkbookCore

extension Session {
  /// Changes a step's planned minutes by `delta`, kept between 0 and `Agenda.maximumMinutes`; a
  /// session without an agenda gets one holding just this step.
  public mutating func changeAgendaMinutes(of agendaID: String, by delta: Int) {
    var changed = agenda ?? Agenda(minutes: [:])
    let minutes = changed.minutes(for: agendaID) + delta
    changed.minutes[agendaID] = max(0, min(Agenda.maximumMinutes, minutes))
    agenda = changed
  }
}
