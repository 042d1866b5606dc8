import WorkbookCore
import WorkbookWorkflow

/// The top row inside a session: every step with its progress, the current one marked by shape as
/// well as style (its number, brackets, and the `.currentStep` style that breaks the bar), so it
/// shows without colour and on a washed-out projector; the session's title when there is room.
/// Narrow terminals get shorter labels, never a cut.
enum StepBar {
  static func draw(
    _ workbook: WorkbookState, messages: Messages, into buffer: inout ScreenBuffer
  ) {
    buffer.fill(row: 0, style: .bar)
    let layouts = [(true, false), (false, false), (false, true)]
    let steps = Step.allCases
    let progress = workbook.stepProgress()
    // Each step's progress, written once for the layouts tried.
    let counts = steps.map { step in
      progress(step).map { $0.total > 0 ? " \($0.completed)/\($0.total)" : "" } ?? ""
    }
    var labels: [String] = []
    for (numbered, short) in layouts {
      labels = zip(steps, counts).map { step, count in
        label(
          for: step, count: count, numbered: numbered || step == workbook.step, short: short,
          messages: messages)
      }
      if width(of: labels) <= buffer.width - 2 { break }
    }
    var column = 1
    for (step, label) in zip(steps, labels) {
      if step == workbook.step {
        column += buffer.put("[\(label)]", row: 0, column: column, style: .currentStep)
      } else {
        column += buffer.put(" \(label) ", row: 0, column: column, style: .bar)
      }
      column += 1
    }
    let title = workbook.session.title
    let room = buffer.width - column - 2
    if room >= 20 {
      let shown = title.truncated(to: room)
      buffer.put(shown, row: 0, column: buffer.width - 1 - shown.displayWidth, style: .bar)
    }
  }

  /// `count`: the step's progress as the label ends in it (" 3/6"), or "".
  private static func label(
    for step: Step, count: String, numbered: Bool, short: Bool, messages: Messages
  ) -> String {
    var label = messages(short ? step.shortTitleKey : step.titleKey)
    if numbered { label = "\(step.number) " + label }
    return label + count
  }

  /// Each label takes its text, a space or bracket either side and one between labels.
  private static func width(of labels: [String]) -> Int {
    labels.reduce(0) { $0 + $1.displayWidth + 3 }
  }
}
