import Testing
import WorkbookCore

@Suite("Score analysis")
struct ScoreAnalysisTests {
  @Test("A split team: hand-computed statistics, variance, and who scored lowest and highest")
  func splitTeam() {
    let result = AnalysisFixtures.result(["2", "4", "5", "?"])
    #expect(result.answered == 3)
    #expect(result.dontKnow == 1)
    #expect(result.distribution == [0, 1, 0, 1, 1])
    #expect(result.mean == 11.0 / 3.0)
    #expect(result.median == 4)
    #expect(result.minimum == 2)
    #expect(result.maximum == 5)
    #expect(result.spread == 3)
    // Deviations from 11/3: -5/3, 1/3, 4/3; squares sum to 42/9; divided by 3 is 14/9.
    #expect(abs(result.standardDeviation! - (14.0 / 9.0).squareRoot()) < 1e-12)
    #expect(result.band == .low)
    #expect(result.agreement == .variance)
    #expect(result.needsDiscussion)
    #expect(result.lowestScorers == ["p1"])
    #expect(result.highestScorers == ["p3"])
  }

  @Test("Scores one step apart are a consensus, and no one is singled out")
  func consensus() {
    let result = AnalysisFixtures.result(["4", "5", "4"])
    #expect(result.agreement == .consensus)
    #expect(result.band == .high)
    #expect(result.lowestScorers.isEmpty && result.highestScorers.isEmpty)
  }

  @Test("A mean of exactly 3.5 is in the low band; exactly 4 is high")
  func bandBoundary() {
    #expect(AnalysisFixtures.result(["3", "4"]).mean == 3.5)
    #expect(AnalysisFixtures.result(["3", "4"]).band == .low)
    #expect(AnalysisFixtures.result(["3", "5"]).band == .high)
  }

  @Test("Ties: everyone who gave the lowest or highest score is named")
  func ties() {
    let result = AnalysisFixtures.result(["1", "1", "5", "5"])
    #expect(result.median == 3)
    #expect(result.lowestScorers == ["p1", "p2"])
    #expect(result.highestScorers == ["p3", "p4"])
  }

  @Test("An anonymous session names no scorers even when the team split")
  func anonymous() {
    let result = AnalysisFixtures.result(["1", "5"], anonymous: true)
    #expect(result.agreement == .variance)
    #expect(result.lowestScorers.isEmpty && result.highestScorers.isEmpty)
  }

  @Test("All not applicable: counted apart from don't know and unanswered, no statistics")
  func allNotApplicable() {
    let result = AnalysisFixtures.result(["na", "na", "?", ""])
    #expect(result.answered == 0)
    #expect(result.notApplicable == 2)
    #expect(result.dontKnow == 1)
    #expect(result.unanswered == 1)
    #expect(result.mean == nil && result.median == nil && result.spread == nil)
    #expect(result.band == nil && result.agreement == nil)
    #expect(result.tooFewAnswers)
  }

  @Test("One answer in a workshop is too few to read; in a solo session it has a band")
  func oneAnswer() {
    let workshop = AnalysisFixtures.result(["4", "?"])
    #expect(workshop.tooFewAnswers)
    #expect(workshop.band == nil)
    #expect(workshop.mean == 4)
    let solo = AnalysisFixtures.result(["4"], mode: .solo)
    #expect(!solo.tooFewAnswers)
    #expect(solo.band == .high)
    #expect(solo.agreement == nil)
  }

  @Test("The summary lists strengths, challenges and the disputed items")
  func summary() {
    var session = AnalysisFixtures.session(gatherings: ["1", "4", "5"])
    session.participants[0].scores["overall"] = .score(4)
    session.participants[1].scores["overall"] = .score(5)
    let analysis = ScoreAnalysis(session: session, strategy: AnalysisFixtures.strategy)
    #expect(analysis.strengths == ["overall"])
    #expect(analysis.challenges == ["gatherings"])
    #expect(analysis.disputed == ["gatherings"])
  }

  @Test("Properties: the mean lies between min and max; the order of participants never matters")
  func properties() {
    var generator = SplitMix(seed: 42)
    for _ in 0..<500 {
      let tokens = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
        ["1", "2", "3", "4", "5", "?", "na", ""].randomElement(using: &generator)!
      }
      let result = AnalysisFixtures.result(tokens)
      if let mean = result.mean, let low = result.minimum, let high = result.maximum {
        #expect(Double(low) <= mean && mean <= Double(high))
      }
      var shuffled = AnalysisFixtures.result(tokens.shuffled(using: &generator))
      shuffled.lowestScorers = result.lowestScorers
      shuffled.highestScorers = result.highestScorers
      #expect(abs((shuffled.mean ?? 0) - (result.mean ?? 0)) < 1e-9)
      shuffled.mean = result.mean
      shuffled.standardDeviation = result.standardDeviation
      #expect(shuffled == result)
    }
  }
}

/// A seeded generator, so a failing property case can be reproduced.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
