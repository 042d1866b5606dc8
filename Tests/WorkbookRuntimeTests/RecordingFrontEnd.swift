import WorkbookCore
import WorkbookRuntime
import WorkbookWorkflow

/// A front end reduced to what the runtime sees of one: an event is a list of commands, each
/// decided in the state the one before left (as a burst of keys is), and the state records every
/// action applied.
struct RecordingFrontEnd: FrontEnd {
  enum Command: Equatable {
    /// Ask for these effects.
    case ask([Effect])
    /// Save the session open, if one is; refused otherwise.
    case saveIfOpen
  }

  enum Action: Equatable {
    case ask([Effect])
    case refused
    /// An effect's result, reported back.
    case reported(EffectResult)
    case interrupted
  }

  struct State: Equatable {
    var applied: [Action] = []
    var open: Session?
  }

  func update(_ state: inout State, _ action: Action) -> [Effect] {
    state.applied.append(action)
    switch action {
    case .ask(let effects): return effects
    case .reported(.sessionOpened(let session)): state.open = session
    case .reported, .refused, .interrupted: break
    }
    return []
  }

  func action(reporting result: EffectResult) -> Action {
    .reported(result)
  }

  func decisions(for event: [Command]) -> Decisions<State, Action> {
    var commands = event[...]
    return Decisions { state in
      switch commands.popFirst() {
      case .ask(let effects)?: .ask(effects)
      case .saveIfOpen?: state.open.map { .ask([.saveSession($0)]) } ?? .refused
      case nil: nil
      }
    }
  }

  func output(for state: State) -> [Action] {
    state.applied
  }

  var interrupt: Action { .interrupted }
}
