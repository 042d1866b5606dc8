import WorkbookCore
import WorkbookWorkflow

extension PlainState {
  /// Takes one action (a line, the end of input, or an effect's result) and answers with the
  /// effects to perform; the text to show waits in `output(since:)`.
  public mutating func receive(_ action: PlainAction) -> [Effect] {
    switch action {
    case .line(let line):
      // What came before this line has been shown.
      forgetShownOutput()
      return answer(line)
    case .endOfInput: return endOfInput()
    case .result(let result): return receive(result)
    }
  }

  private mutating func receive(_ result: EffectResult) -> [Effect] {
    switch result {
    case .sessionsLoaded(let entries):
      sessions = entries
      if prompt == .waiting || prompt == .start { return ask(.start) }
    case .sessionOpened(let opened):
      return open(opened)
    case .sessionOpenedReadOnly, .sessionReloaded:
      // Never asked for: the plain mode opens sessions to edit them.
      return []
    case .sessionLocked(id: _, let editor):
      say(
        editor.map {
          messages(.plainSessionLockedBy, Shown.field($0.name), Shown.field($0.host))
        } ?? messages(.plainSessionLocked))
      return ask(.start)
    case .saved(let time):
      pendingSaves = max(0, pendingSaves - 1)
      // As the file now says, so that an export made next carries the same time.
      session?.updatedAt = time
      if pendingSaves == 0, saveProblem != nil {
        saveProblem = nil
        say(messages(.plainSavedAgain))
      }
    case .saveFailed(let reason):
      pendingSaves = max(0, pendingSaves - 1)
      saveProblem = reason
      say(messages(.plainNotSaved, Shown.field(reason)))
    case .exportWritten(let path):
      say(messages(.plainExportWritten, Shown.field(path)))
      return ask(.export)
    case .exportFileExists(let path):
      guard case .exportFileName(let choice) = prompt else { return [] }
      return ask(.exportOverwrite(choice, path: path))
    case .exportFailed(let reason):
      say(messages(.plainExportNotWritten, Shown.field(reason)))
      return ask(.export)
    case .failed(let reason):
      say(Shown.field(reason))
      if session == nil { return ask(.start) }
    }
    return []
  }

  /// Shows a session the run loop opened or created, at its steps.
  private mutating func open(_ opened: Session) -> [Effect] {
    guard let found = strategies.first(where: { $0.id == opened.strategyID }) else {
      say(
        messages(
          .plainStrategyMissing, Shown.field(opened.title), Shown.field(opened.strategyID)))
      return ask(.start)
    }
    session = opened
    strategy = found
    draft = NewSessionDraft()
    say(messages(.plainOpened, Shown.field(opened.title)))
    return ask(.steps)
  }

  /// Ctrl-D or the end of a script: a text being typed is kept as far as it got, then the
  /// workbook leaves. Everything else was saved as it changed.
  private mutating func endOfInput() -> [Effect] {
    var effects: [Effect] = []
    if case .text(let target) = prompt, !typedLines.isEmpty {
      effects = keepText(target)
      say(messages(.plainEndOfInputKept))
    }
    return effects + leave()
  }

  /// Leaves; when the last save failed, the session is saved once more first.
  mutating func leave() -> [Effect] {
    prompt = .finished
    var effects: [Effect] = []
    if saveProblem != nil, let session {
      say(messages(.plainLeavingUnsaved))
      effects.append(.saveSession(session))
      say(messages(.plainGoodbye))
    } else {
      say(session == nil ? messages(.plainGoodbye) : messages(.plainGoodbyeSaved))
    }
    return effects + [.quit]
  }

  /// A line typed at the current prompt.
  private mutating func answer(_ line: String) -> [Effect] {
    switch prompt {
    case .waiting, .finished: return []
    case .start: return answerStart(line)
    case .newSession(let question): return answerNewSession(question, line)
    case .steps: return answerSteps(line)
    case .overview: return answerOverview(line)
    case .scores: return answerScores(line)
    case .confirmRestart(let id): return answerRestart(id, line)
    case .handOver(let id): return answerHandOver(id, line)
    case .scoring(let id, let item): return answerScoring(id, item: item, line)
    case .review(let id): return answerReview(id, line)
    case .confirmGaps(let id): return answerGaps(id, line)
    case .confirmReveal: return answerReveal(line)
    case .chooseRescorer: return answerRescorer(line)
    case .reflection(let question): return answerReflection(question, line)
    case .reflectionQuickChoice(let question): return answerQuickChoice(question, line)
    case .recommendations: return answerRecommendations(line)
    case .recommendation(let index): return answerRecommendation(index, line)
    case .plan: return answerPlan(line)
    case .planRow(let purpose): return answerPlanRow(purpose, line)
    case .planColumn(let row): return answerPlanColumn(row, line)
    case .export: return answerExport(line)
    case .exportFileName(let choice): return answerExportFileName(choice, line)
    case .exportOverwrite(let choice, let path): return answerOverwrite(choice, path: path, line)
    case .text(let target): return answerText(target, line)
    }
  }

  /// Moves to `next` and shows its prompt.
  mutating func ask(_ next: PlainPrompt) -> [Effect] {
    prompt = next
    showPrompt()
    return []
  }

  /// A line that answers nothing the prompt asked: says so, and asks again.
  mutating func refuse(_ line: String, _ instruction: String) -> [Effect] {
    say(messages(.plainNotAnAnswer, Shown.field(line.trimmingSpaces()), instruction))
    showPrompt()
    return []
  }

  /// The current prompt, self-contained: where the person is, what is there, what they can
  /// answer.
  mutating func showPrompt() {
    var lines: [String] = [""]
    if let saveProblem {
      lines.append(messages(.plainSaveProblem, Shown.field(saveProblem)))
    }
    lines += promptLines()
    say(lines: lines)
  }

  private mutating func promptLines() -> [String] {
    switch prompt {
    case .waiting, .finished: return []
    case .start: return startLines()
    case .newSession(let question): return newSessionLines(question)
    case .steps: return stepLines()
    case .overview: return overviewLines()
    case .scores: return scoresLines()
    case .confirmRestart(let id): return restartLines(id)
    case .handOver(let id): return handOverLines(id)
    case .scoring(let id, let item): return scoringLines(id, item: item)
    case .review(let id): return reviewLines(id)
    case .confirmGaps(let id): return gapLines(id)
    case .confirmReveal: return revealLines()
    case .chooseRescorer: return rescorerLines()
    case .reflection(let question): return reflectionLines(question)
    case .reflectionQuickChoice(let question): return quickChoiceLines(question)
    case .recommendations: return recommendationsLines()
    case .recommendation(let index): return recommendationLines(index)
    case .plan: return planLines()
    case .planRow(let purpose): return planRowLines(purpose)
    case .planColumn(let row): return planColumnLines(row)
    case .export: return exportLines()
    case .exportFileName(let choice): return exportFileNameLines(choice)
    case .exportOverwrite(_, let path): return overwriteLines(path)
    case .text(let target): return textLines(target)
    }
  }
}
