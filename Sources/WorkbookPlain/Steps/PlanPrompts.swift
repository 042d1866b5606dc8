import WorkbookCore
import WorkbookWorkflow

/// The Plan step: the rows read out cell by cell, rows added, written cell by cell, deleted.
extension PlainState {
  func planLines() -> [String] {
    guard let session, let strategy else { return [] }
    let count = session.plan.count
    var lines = [
      count == 0
        ? "Plan: no rows yet."
        : "Plan: \(count) row\(count == 1 ? "" : "s")."
    ]
    for (index, row) in session.plan.enumerated() {
      var heading = "Row \(index + 1) of \(count)"
      if let id = row.recommendationID, let recommendation = strategy.recommendation(id: id) {
        heading +=
          ", from the recommendation “\(Shown.field(Session.firstSentence(of: recommendation.text)))”"
      }
      lines.append(heading + ":")
      for column in strategy.plan.columns {
        let text = row[column.id]
        lines.append(
          "  \(Shown.field(column.title)):" + (text.trimmingSpaces().isEmpty ? " (empty)" : ""))
        if !text.trimmingSpaces().isEmpty { lines += Shown.lines(text).map { "    " + $0 } }
      }
    }
    lines += [
      "  1. Add a row", "  2. Write in a row", "  3. Delete a row", "  4. Move a row up",
      "  5. Back to the steps",
    ]
    lines.append("Type a number from 1 to 5, then Enter.")
    return lines
  }

  mutating func answerPlan(_ line: String) -> [Effect] {
    let rows = session?.plan.count ?? 0
    switch line.trimmingSpaces() {
    case "1":
      var id = ""
      let effects = changeSession { id = $0.addBlankPlanRow() }
      let index = session?.plan.firstIndex { $0.id == id } ?? 0
      say("Row \(index + 1) added.")
      return effects + ask(.planColumn(row: index))
    case "2" where rows > 0: return ask(.planRow(.change))
    case "3" where rows > 0: return ask(.planRow(.delete))
    case "4" where rows > 1: return ask(.planRow(.moveUp))
    case "2", "3":
      say("The plan has no rows yet: add one with 1.")
      return ask(.plan)
    case "4":
      say("There is nothing to move: the plan has fewer than two rows.")
      return ask(.plan)
    case "5": return ask(.steps)
    default: return refuse(line, "Type a number from 1 to 5, then Enter.")
    }
  }

  func planRowLines(_ purpose: PlanRowPurpose) -> [String] {
    let count = session?.plan.count ?? 0
    let verb =
      switch purpose {
      case .change: "write in"
      case .delete: "delete"
      case .moveUp: "move up"
      }
    return [
      "Plan: which row do you want to \(verb)? Type its number, 1 to \(count), or \(count + 1) "
        + "to go back; then Enter."
    ]
  }

  mutating func answerPlanRow(_ purpose: PlanRowPurpose, _ line: String) -> [Effect] {
    let count = session?.plan.count ?? 0
    guard let number = Int(line.trimmingSpaces()), (1...count + 1).contains(number) else {
      return refuse(line, "Type a number from 1 to \(count + 1), then Enter.")
    }
    if number == count + 1 { return ask(.plan) }
    switch purpose {
    case .change: return ask(.planColumn(row: number - 1))
    case .delete:
      let effects = changeSession { $0.deletePlanRow(at: number - 1) }
      say("Row \(number) deleted.")
      return effects + ask(.plan)
    case .moveUp:
      var moved = false
      let effects = changeSession { moved = $0.movePlanRow(at: number - 1, by: -1) }
      say(moved ? "Row \(number) is now row \(number - 1)." : "Row 1 is the first already.")
      return effects + ask(.plan)
    }
  }

  private func columnChoices(_ row: Int) -> NumberedChoices<String?> {
    var choices = NumberedChoices<String?>()
    let planRow = session?.plan[safe: row]
    for column in strategy?.plan.columns ?? [] {
      let text = planRow?[column.id] ?? ""
      let shown = text.trimmingSpaces().isEmpty ? "empty" : Shown.field(text)
      choices.add("\(Shown.field(column.title)) (\(shown))", column.id)
    }
    choices.add("Done with this row", nil)
    return choices
  }

  func planColumnLines(_ row: Int) -> [String] {
    let choices = columnChoices(row)
    return [
      "Plan, row \(row + 1) of \(session?.plan.count ?? 0): which cell do you want to write?"
    ] + choices.lines + [choices.instruction]
  }

  mutating func answerPlanColumn(_ row: Int, _ line: String) -> [Effect] {
    let choices = columnChoices(row)
    switch choices.value(for: line) {
    case .some(.some(let column)):
      guard let rowID = session?.plan[safe: row]?.id else { return ask(.plan) }
      return startText(.planCell(rowID: rowID, columnID: column), then: .planColumn(row: row))
    case .some(.none): return ask(.plan)
    case .none: return refuse(line, choices.instruction)
    }
  }
}
