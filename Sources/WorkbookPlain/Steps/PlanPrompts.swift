import WorkbookCore
import WorkbookWorkflow

/// The Plan step: the rows read out cell by cell, rows added, written cell by cell, deleted.
extension PlainState {
  func planLines() -> [String] {
    guard let session, let strategy else { return [] }
    let count = session.plan.count
    var lines = [count == 0 ? messages(.plainPlanEmpty) : messages(.plainPlanRows, count)]
    for (index, row) in session.plan.enumerated() {
      if let id = row.recommendationID, let recommendation = strategy.recommendation(id: id) {
        lines.append(
          messages(
            .plainPlanRowFrom, index + 1, count,
            Shown.field(Session.firstSentence(of: recommendation.text))))
      } else {
        lines.append(messages(.plainPlanRow, index + 1, count))
      }
      for column in strategy.plan.columns {
        let text = row[column.id]
        let title = Shown.field(column.title)
        if text.trimmingSpaces().isEmpty {
          lines.append("  " + messages(.plainPlanCellEmpty, title))
        } else {
          lines.append("  " + messages(.plainPlanCell, title))
          lines += Shown.lines(text).map { "    " + $0 }
        }
      }
    }
    lines += [
      "  1. " + messages(.plainPlanAddRow), "  2. " + messages(.plainPlanWriteRow),
      "  3. " + messages(.plainPlanDeleteRow), "  4. " + messages(.plainPlanMoveRow),
      "  5. " + messages(.plainBackToSteps),
    ]
    lines.append(messages(.plainTypeNumber, 5))
    return lines
  }

  mutating func answerPlan(_ line: String) -> [Effect] {
    let rows = session?.plan.count ?? 0
    switch line.trimmingSpaces() {
    case "1":
      var id = ""
      let effects = changeSession { id = $0.addBlankPlanRow() }
      let index = session?.plan.firstIndex { $0.id == id } ?? 0
      say(messages(.plainRowAdded, index + 1))
      return effects + ask(.planColumn(row: index))
    case "2" where rows > 0: return ask(.planRow(.change))
    case "3" where rows > 0: return ask(.planRow(.delete))
    case "4" where rows > 1: return ask(.planRow(.moveUp))
    case "2", "3":
      say(messages(.plainPlanNoRows))
      return ask(.plan)
    case "4":
      say(messages(.plainPlanNothingToMove))
      return ask(.plan)
    case "5": return ask(.steps)
    default: return refuse(line, messages(.plainTypeNumber, 5))
    }
  }

  func planRowLines(_ purpose: PlanRowPurpose) -> [String] {
    let count = session?.plan.count ?? 0
    let key: MessageKey =
      switch purpose {
      case .change: .plainWhichRowWrite
      case .delete: .plainWhichRowDelete
      case .moveUp: .plainWhichRowMove
      }
    return [messages(key, count, count + 1)]
  }

  mutating func answerPlanRow(_ purpose: PlanRowPurpose, _ line: String) -> [Effect] {
    let count = session?.plan.count ?? 0
    guard let number = Int(line.trimmingSpaces()), (1...count + 1).contains(number) else {
      return refuse(line, messages(.plainTypeNumber, count + 1))
    }
    if number == count + 1 { return ask(.plan) }
    switch purpose {
    case .change: return ask(.planColumn(row: number - 1))
    case .delete:
      let effects = changeSession { $0.deletePlanRow(at: number - 1) }
      say(messages(.plainRowDeleted, number))
      return effects + ask(.plan)
    case .moveUp:
      var moved = false
      let effects = changeSession { moved = $0.movePlanRow(at: number - 1, by: -1) }
      say(moved ? messages(.plainRowMoved, number, number - 1) : messages(.plainRowFirst))
      return effects + ask(.plan)
    }
  }

  private func columnChoices(_ row: Int) -> NumberedChoices<String?> {
    var choices = NumberedChoices<String?>()
    let planRow = session?.plan[safe: row]
    for column in strategy?.plan.columns ?? [] {
      let text = planRow?[column.id] ?? ""
      let title = Shown.field(column.title)
      choices.add(
        text.trimmingSpaces().isEmpty
          ? messages(.plainCellChoiceEmpty, title)
          : messages(.plainCellChoice, title, Shown.field(text)), column.id)
    }
    choices.add(messages(.plainDoneWithRow), nil)
    return choices
  }

  func planColumnLines(_ row: Int) -> [String] {
    let choices = columnChoices(row)
    return [messages(.plainWhichCell, row + 1, session?.plan.count ?? 0)] + choices.lines + [
      choices.instruction(messages)
    ]
  }

  mutating func answerPlanColumn(_ row: Int, _ line: String) -> [Effect] {
    let choices = columnChoices(row)
    switch choices.value(for: line) {
    case .some(.some(let column)):
      guard let rowID = session?.plan[safe: row]?.id else { return ask(.plan) }
      return startText(.planCell(rowID: rowID, columnID: column), then: .planColumn(row: row))
    case .some(.none): return ask(.plan)
    case .none: return refuse(line, choices.instruction(messages))
    }
  }
}
