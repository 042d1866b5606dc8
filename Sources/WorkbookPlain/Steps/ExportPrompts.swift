import WorkbookCore
import WorkbookWorkflow

/// The Export step: a format by number, a file name (the default made from the title), the
/// question before replacing a file.
extension PlainState {
  private var exportChoices: NumberedChoices<ExportChoice?> {
    var choices = NumberedChoices<ExportChoice?>()
    for choice in ExportChoice.allCases { choices.add(messages(choice.titleKey), choice) }
    choices.add(messages(.plainBackToSteps), nil)
    return choices
  }

  func exportLines() -> [String] {
    let choices = exportChoices
    var lines = [messages(.plainExportWhich)]
    if let session, ExportChoice.withholdsScores(session) {
      lines.append(messages(.plainExportWithheld))
    }
    return lines + choices.lines + [choices.instruction(messages)]
  }

  mutating func answerExport(_ line: String) -> [Effect] {
    let choices = exportChoices
    switch choices.value(for: line) {
    case .some(.some(let choice)): return ask(.exportFileName(choice))
    case .some(.none): return ask(.steps)
    case .none: return refuse(line, choices.instruction(messages))
    }
  }

  private func defaultFileName(_ choice: ExportChoice) -> String {
    ExportFileName.defaultName(title: session?.title ?? "", choice: choice)
  }

  func exportFileNameLines(_ choice: ExportChoice) -> [String] {
    [
      messages(
        .plainExportFile, messages(choice.titleKey), Shown.field(defaultFileName(choice)),
        Shown.field(currentFolder))
    ]
  }

  mutating func answerExportFileName(_ choice: ExportChoice, _ line: String) -> [Effect] {
    let typed = line.trimmingSpaces()
    let name = typed.isEmpty ? defaultFileName(choice) : typed
    if let scalar = LineText.forbiddenScalar(in: name) {
      say(
        messages(
          .plainFileNameForbidden, messages.characterKind(scalar), LineText.codePoint(scalar)))
      showPrompt()
      return []
    }
    return write(choice, path: ExportFileName.resolve(name, in: currentFolder), overwrite: false)
  }

  private mutating func write(_ choice: ExportChoice, path: String, overwrite: Bool) -> [Effect] {
    guard let session, let strategy else { return [] }
    do {
      let text = try choice.text(of: session, strategy: strategy, messages: messages)
      prompt = .exportFileName(choice)
      return [
        .writeExport(
          ExportRequest(text: text, path: path, overwrite: overwrite, sessionID: session.id))
      ]
    } catch {
      say(messages(.plainNothingToWrite, Shown.field("\(error)")))
      return ask(.export)
    }
  }

  func overwriteLines(_ path: String) -> [String] {
    [
      messages(.plainExportExists, Shown.field(path)),
      "  1. " + messages(.plainReplaceIt), "  2. " + messages(.plainChooseAnotherName),
      "  3. " + messages(.plainDoNotWrite), messages(.plainTypeNumber, 3),
    ]
  }

  mutating func answerOverwrite(_ choice: ExportChoice, path: String, _ line: String) -> [Effect] {
    switch line.trimmingSpaces() {
    case "1": return write(choice, path: path, overwrite: true)
    case "2": return ask(.exportFileName(choice))
    case "3":
      say(messages(.plainNothingWritten))
      return ask(.export)
    default: return refuse(line, messages(.plainTypeNumber, 3))
    }
  }
}
