import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

/// The fixture strategy with reflection questions like the page's: one with a quick choice and
/// about the scores, one about the split, one with a quick choice only, one plain.
enum ReflectionFixture {
  static let strategy: Strategy = {
    var strategy = Fixture.strategy
    strategy.reflectionQuestions = [
      ReflectionQuestion(
        id: "strength-or-challenge",
        text: "Is this strategy a strength or a challenge for you? What are you good at, and what "
          + "are you less good at?",
        quickChoice: QuickChoice(options: [
          .init(id: "strength", label: "Strength"), .init(id: "challenge", label: "Challenge"),
          .init(id: "both", label: "Both"),
        ]), aboutScores: true),
      ReflectionQuestion(
        id: "variance-or-consensus",
        text: "Does everyone in your group agree on your scores for this strategy?",
        aboutScores: true),
      ReflectionQuestion(
        id: "importance", text: "Is it a key strategy for your organization, or an optional one?",
        quickChoice: QuickChoice(options: [
          .init(id: "key", label: "Key strategy"),
          .init(id: "optional", label: "Optional strategy"),
        ])),
      ReflectionQuestion(id: "strengths-within", text: "Which strengths do your scores reveal?"),
    ]
    return strategy
  }()

  /// An app on the Reflection step of `session`.
  static func app(_ session: Session = Fixture.session(), width: Int = 80, height: Int = 24)
    -> AppState
  {
    Fixture.app(session, strategy: strategy, step: .reflection, width: width, height: height)
  }

  /// A scored and revealed session.
  static func revealed() -> Session {
    var session = Fixture.scored(Fixture.session())
    session.scoresRevealed = true
    return session
  }
}

/// Presses keys as a user does: through the keymap, then update. Returns the last key's effects.
@discardableResult
func press(_ keys: Key..., in state: inout AppState) -> [Effect] {
  var effects: [Effect] = []
  for key in keys {
    guard let action = Keymap.action(for: key, in: state) else {
      effects = []
      continue
    }
    effects = update(&state, action)
  }
  return effects
}

/// Types text one character at a time through the keymap.
func type(_ text: String, in state: inout AppState) {
  for character in text { press(.character(character), in: &state) }
}
