import Testing
import WorkbookCore
import WorkbookTUI

/// The Reflection step at 80×24 and 120×40, compared with Snapshots/reflection-*.txt.
@Suite struct ReflectionSnapshotTests {
  private func check(_ state: AppState, _ name: String) {
    for (width, height) in [(80, 24), (120, 40)] {
      var state = state
      _ = update(&state, .resized(width: width, height: height))
      assertSnapshot(
        render(state, width: width, height: height), named: "\(name)-\(width)x\(height)")
    }
  }

  @Test func aQuestionAboutTheScoresWithItsResults() {
    var session = ReflectionFixture.revealed()
    session.reflection["strength-or-challenge"] = ReflectionAnswer(
      text: "Communication online is a strength: we talk openly. Gatherings are a challenge; "
        + "Ana and Chen see them very differently.",
      choice: "both")
    check(ReflectionFixture.app(session), "reflection-strength")
  }

  @Test func theSplitQuestionBeforeTheReveal() {
    var state = ReflectionFixture.app()
    press(.down, in: &state)
    check(state, "reflection-not-revealed")
  }

  @Test func writingAnAnswerInJapaneseWithAnEmoji() {
    var state = ReflectionFixture.app(ReflectionFixture.revealed())
    press(.down, .enter, in: &state)
    type("集まりについては意見が分かれました。次の会議で話し合います 🙂", in: &state)
    check(state, "reflection-writing")
  }

  @Test func aPlainQuestion() {
    var state = ReflectionFixture.app()
    press(.down, .down, .down, in: &state)
    check(state, "reflection-plain")
  }
}
