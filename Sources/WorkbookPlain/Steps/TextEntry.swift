import WorkbookCore
import WorkbookWorkflow

/// Multi-line text: typed line by line, ended by a line holding only "." (said in every such
/// prompt), or left as it was by a line holding only "~".
extension PlainState {
  static let textEnd = "."
  static let textCancel = "~"

  /// Starts a text for `target`; `then` is asked once it ends.
  mutating func startText(_ target: TextTarget, then next: PlainPrompt) -> [Effect] {
    typedLines = []
    afterText = next
    return ask(.text(target))
  }

  func textLines(_ target: TextTarget) -> [String] {
    var lines: [String]
    switch target {
    case .participantNames:
      return [messages(.plainNewParticipants), messages(.plainNewParticipantsCancel)]
    case .reflectionAnswer(let questionID):
      let index = strategy?.reflectionQuestions.firstIndex { $0.id == questionID } ?? 0
      let count = strategy?.reflectionQuestions.count ?? 0
      lines = [
        messages(
          session?.mode == .solo ? .plainTextReflectionSolo : .plainTextReflectionTeam,
          index + 1, count)
      ]
    case .recommendationNote(let id):
      let index = strategy?.recommendations.firstIndex { $0.id == id } ?? 0
      let count = strategy?.recommendations.count ?? 0
      lines = [messages(.plainTextNote, index + 1, count)]
    case .facilitatorNotes:
      lines = [messages(.plainTextFacilitatorNotes)]
    case .planCell(let rowID, let columnID):
      let row = (session?.plan.firstIndex { $0.id == rowID } ?? 0) + 1
      let column = strategy?.plan.columns.first { $0.id == columnID }
      lines = [
        messages(
          .plainTextPlanCell, row, session?.plan.count ?? 0,
          Shown.field(column?.title ?? columnID)),
        "(\(Shown.field(column?.hint ?? "")))",
      ]
    }
    if let session, let change = change(target, text: "") {
      let current = session.currentText(of: change)
      lines.append(
        current.trimmingSpaces().isEmpty
          ? messages(.plainTextEmptyNow) : messages(.plainTextReadsNow))
      if !current.trimmingSpaces().isEmpty { lines += indented(current) }
    }
    lines.append(messages(.plainTextInstruction))
    return lines
  }

  mutating func answerText(_ target: TextTarget, _ line: String) -> [Effect] {
    switch line.trimmingSpaces() {
    case Self.textEnd:
      let effects = keepText(target)
      typedLines = []
      if target != .participantNames { say(messages(.plainTextKept)) }
      return effects + ask(afterText)
    case Self.textCancel:
      typedLines = []
      say(
        target == .participantNames ? messages(.plainBackToMode) : messages(.plainTextLeft))
      return ask(target == .participantNames ? .newSession(.mode) : afterText)
    default:
      typedLines.append(line)
      return []
    }
  }

  /// Stores the lines typed so far where `target` says.
  mutating func keepText(_ target: TextTarget) -> [Effect] {
    if target == .participantNames {
      draft.participantNames = typedLines
      return []
    }
    guard let change = change(target, text: typedLines.joined(separator: "\n")) else { return [] }
    return changeSession { $0.apply(change) }
  }

  /// The session's text `target` names, set to `text`; nil for what is not the session's.
  private func change(_ target: TextTarget, text: String) -> TextChange? {
    switch target {
    case .reflectionAnswer(let id): .reflectionAnswer(questionID: id, text: text)
    case .recommendationNote(let id): .recommendationNote(recommendationID: id, text: text)
    case .planCell(let row, let column): .planCell(rowID: row, columnID: column, text: text)
    case .facilitatorNotes: .facilitatorNotes(text)
    case .participantNames: nil
    }
  }
}
