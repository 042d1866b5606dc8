import WorkbookCore
import WorkbookWorkflow

/// The Export step: a format by number, a file name (the default made from the title), the
/// question before replacing a file.
extension PlainState {
  private var exportChoices: NumberedChoices<ExportChoice?> {
    var choices = NumberedChoices<ExportChoice?>()
    for choice in ExportChoice.allCases { choices.add(choice.title, choice) }
    choices.add("Back to the steps", nil)
    return choices
  }

  func exportLines() -> [String] {
    let choices = exportChoices
    var lines = ["Export: which format?"]
    if let session, ExportChoice.withholdsScores(session) {
      lines.append(
        "The scores are hidden until the reveal: an export now says who has scored, not their "
          + "scores.")
    }
    return lines + choices.lines + [choices.instruction]
  }

  mutating func answerExport(_ line: String) -> [Effect] {
    let choices = exportChoices
    switch choices.value(for: line) {
    case .some(.some(let choice)): return ask(.exportFileName(choice))
    case .some(.none): return ask(.steps)
    case .none: return refuse(line, choices.instruction)
    }
  }

  private func defaultFileName(_ choice: ExportChoice) -> String {
    ExportFileName.defaultName(title: session?.title ?? "", choice: choice)
  }

  func exportFileNameLines(_ choice: ExportChoice) -> [String] {
    [
      "Export, \(choice.title): the file. Enter alone writes \(Shown.field(defaultFileName(choice))) "
        + "in \(Shown.field(currentFolder)); or type a file name or a path, then Enter."
    ]
  }

  mutating func answerExportFileName(_ choice: ExportChoice, _ line: String) -> [Effect] {
    let typed = line.trimmingSpaces()
    let name = typed.isEmpty ? defaultFileName(choice) : typed
    if let problem = LineText.problem(in: name, field: "The file name") {
      say(problem + ".")
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
      say("Nothing to write: \(Shown.field("\(error)"))")
      return ask(.export)
    }
  }

  func overwriteLines(_ path: String) -> [String] {
    [
      "Export: \(Shown.field(path)) exists already. Replace it?",
      "  1. Replace it", "  2. Choose another name", "  3. Do not write",
      "Type a number from 1 to 3, then Enter.",
    ]
  }

  mutating func answerOverwrite(_ choice: ExportChoice, path: String, _ line: String) -> [Effect] {
    switch line.trimmingSpaces() {
    case "1": return write(choice, path: path, overwrite: true)
    case "2": return ask(.exportFileName(choice))
    case "3":
      say("Nothing written.")
      return ask(.export)
    default: return refuse(line, "Type a number from 1 to 3, then Enter.")
    }
  }
}
