/// What a user can do in the Reflection step (typing an answer goes through `Action.textEditor`).
public enum ReflectionAction: Sendable, Equatable {
  case previousQuestion
  case nextQuestion
  /// Enter: write or change the team's answer to the question on screen.
  case editAnswer
  /// ← and →: the question's quick answer, one option back or on; past either end, none.
  case previousChoice
  case nextChoice
}
