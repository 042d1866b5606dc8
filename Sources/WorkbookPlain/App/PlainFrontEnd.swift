import WorkbookWorkflow

/// The plain line mode as the runtime runs it: each typed line is one action, and after each the
/// text the state has added since the last is shown.
public struct PlainFrontEnd: FrontEnd {
  /// How much of the state's output has been shown (see `PlainState.output(since:)`).
  private var shown = 0

  public init() {}

  public func update(_ state: inout PlainState, _ action: PlainAction) -> [Effect] {
    state.receive(action)
  }

  public func action(reporting result: EffectResult) -> PlainAction {
    .result(result)
  }

  public func decisions(for line: String) -> Decisions<PlainState, PlainAction> {
    .one(.line(line))
  }

  public mutating func output(for state: PlainState) -> [PlainOutput] {
    defer { shown = state.outputEnd }
    return state.output(since: shown)
  }

  /// Ctrl-D, the end of a script, or a signal: a text being typed is kept, then the workbook
  /// leaves.
  public var interrupt: PlainAction { .endOfInput }
}
