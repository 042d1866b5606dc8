import Testing
import WorkbookCore
import WorkbookTUI

/// The Reflection step at 80×24 and 120×40, compared with Snapshots/reflection-*.txt.
@Suite struct ReflectionSnapshotTests {
  @Test func aQuestionAboutTheScoresWithItsResults() {
    var session = ReflectionFixture.revealed()
    session.reflection["strength-or-challenge"] = ReflectionAnswer(
      text: "Communication online is a strength: we talk openly. Gatherings are a challenge; "
        + "Ana and Chen see them very differently.",
      choice: "both")
    assertSnapshots(ReflectionFixture.app(session), "reflection-strength")
  }

  @Test func theSplitQuestionBeforeTheReveal() {
    var state = ReflectionFixture.app()
    press(.down, in: &state)
    assertSnapshots(state, "reflection-not-revealed")
  }

  @Test func writingAnAnswerInJapaneseWithAnEmoji() {
    var state = ReflectionFixture.app(ReflectionFixture.revealed())
    press(.down, .enter, in: &state)
    type("集まりについては意見が分かれました。次の会議で話し合います 🙂", in: &state)
    assertSnapshots(state, "reflection-writing")
  }

  @Test func aPlainQuestion() {
    var state = ReflectionFixture.app()
    press(.down, .down, .down, in: &state)
    assertSnapshots(state, "reflection-plain")
  }
}
