import WorkbookCore
import WorkbookStore

/// The sessions the benchmarks measure: the shipped strategy, N participants who have all scored
/// (revealed, so the results with their analysis are on screen), and 50 plan rows.
public enum BenchmarkFixtures {
  /// The checkout the benchmarks belong to (Benchmarks/ is inside it).
  public static let repository: String = {
    // This file is <checkout>/Benchmarks/Sources/BenchmarkSupport/BenchmarkFixtures.swift.
    #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(4)
      .joined(separator: "/")
  }()

  public static let contentFolder = repository + "/Content"

  /// The shipped strategy, read from the checkout's Content/ when first asked for, or why it
  /// could not be (a checkout changed under a running benchmark, for one).
  public static let loadedStrategy = Result { () throws(ContentLoadError) -> Strategy in
    try ContentLibrary.load(path: contentFolder).strategies[0]
  }

  public static var strategy: Strategy {
    switch loadedStrategy {
    case .success(let strategy): strategy
    case .failure(let error): fatalError("cannot load the content in \(contentFolder): \(error)")
    }
  }

  public static func session(participants: Int, planRows: Int = 50, id: String = "benchsess")
    -> Session
  {
    let items = strategy.scoreItems.map(\.id)
    let columns = strategy.plan.columns.map(\.id)
    let people = (0..<participants).map { index in
      var scores: [String: ScoreAnswer] = [:]
      for (number, item) in items.enumerated() {
        scores[item] = (index + number) % 11 == 0 ? .dontKnow : .score((index * 7 + number) % 5 + 1)
      }
      return Participant(
        id: "p\(index + 1)", name: "Participant number \(index + 1)", scores: scores,
        finishedScoring: true)
    }
    let plan = (0..<planRows).map { row in
      PlanRow(
        id: "row\(row + 1)",
        cells: Dictionary(
          uniqueKeysWithValues: columns.map { ($0, "Row \(row + 1): a sentence for \($0).") }))
    }
    var reflection: [String: ReflectionAnswer] = [:]
    for question in strategy.reflectionQuestions {
      reflection[question.id] = ReflectionAnswer(text: "What the team said about \(question.id).")
    }
    return Session(
      id: id, title: "Benchmark workshop", organization: "Wikimedia Benchmarks",
      createdAt: "2026-11-25T09:00:00Z", mode: .workshop, participants: people,
      strategyID: strategy.id, contentVersion: strategy.version, scoresRevealed: true,
      reflection: reflection, plan: plan, facilitatorNotes: "Notes for the benchmark.")
  }
}
