/// The results of a session's scores: one `ItemResult` per score item and the strategy summary.
public struct ScoreAnalysis: Sendable, Equatable, Codable {
  public var items: [ItemResult]
  /// Item ids in the high band, highest mean first.
  public var strengths: [String]
  /// Item ids in the low band, lowest mean first.
  public var challenges: [String]
  /// Item ids where the team split, widest spread first.
  public var disputed: [String]
  /// The fewest scores an item needs before its band and agreement are read.
  public var minimumAnswers: Int

  public init(session: Session, strategy: Strategy, minimumAnswers: Int? = nil) {
    let minimum = minimumAnswers ?? (session.mode == .workshop ? 2 : 1)
    self.minimumAnswers = minimum
    items = strategy.scoreItems.map { item in
      ItemResult(item: item, session: session, scale: strategy.scale, minimumAnswers: minimum)
    }
    strengths =
      items.filter { $0.band == .high }
      .sorted { ($0.mean ?? 0, $1.itemID) > ($1.mean ?? 0, $0.itemID) }.map(\.itemID)
    challenges =
      items.filter { $0.band == .low }
      .sorted { ($0.mean ?? 0, $0.itemID) < ($1.mean ?? 0, $1.itemID) }.map(\.itemID)
    disputed =
      items.filter(\.needsDiscussion)
      .sorted {
        ($0.spread ?? 0, $0.standardDeviation ?? 0, $1.itemID)
          > ($1.spread ?? 0, $1.standardDeviation ?? 0, $0.itemID)
      }
      .map(\.itemID)
  }

  public func result(for itemID: String) -> ItemResult? { items.first { $0.itemID == itemID } }
}

extension ItemResult {
  init(item: ScoreItem, session: Session, scale: ScoreScale, minimumAnswers: Int) {
    itemID = item.id
    var scored: [(participant: String, value: Int)] = []
    var dontKnow = 0
    var notApplicable = 0
    var unanswered = 0
    for participant in session.participants {
      switch participant.scores[item.id] {
      case .score(let value) where scale.values.contains(value):
        scored.append((participant.id, value))
      case .score, .none: unanswered += 1
      case .dontKnow: dontKnow += 1
      case .notApplicable: notApplicable += 1
      }
    }
    answered = scored.count
    self.dontKnow = dontKnow
    self.notApplicable = notApplicable
    self.unanswered = unanswered
    distribution = scale.values.map { value in scored.count { $0.value == value } }

    let values = scored.map(\.value).sorted()
    guard let low = values.first, let high = values.last else {
      tooFewAnswers = true
      lowestScorers = []
      highestScorers = []
      return
    }
    let count = Double(values.count)
    let mean = Double(values.reduce(0, +)) / count
    self.mean = mean
    let middle = values.count / 2
    median =
      values.count % 2 == 1
      ? Double(values[middle]) : Double(values[middle - 1] + values[middle]) / 2
    minimum = low
    maximum = high
    spread = high - low
    standardDeviation =
      (values.reduce(0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / count)
      .squareRoot()
    tooFewAnswers = values.count < max(1, minimumAnswers)
    if !tooFewAnswers {
      band = mean >= Double(scale.highFrom) ? .high : .low
      // One voice cannot agree or disagree with itself.
      if values.count >= 2 { agreement = high - low >= 2 ? .variance : .consensus }
    }
    if agreement == .variance && !session.anonymous {
      lowestScorers = scored.filter { $0.value == low }.map(\.participant)
      highestScorers = scored.filter { $0.value == high }.map(\.participant)
    } else {
      lowestScorers = []
      highestScorers = []
    }
  }
}
