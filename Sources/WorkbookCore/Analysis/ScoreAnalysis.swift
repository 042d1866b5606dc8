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
  /// Every figure follows from the distribution, counted in one pass: no list of the scores is
  /// built or sorted (the Results draw this for every item on every keystroke). The sums run
  /// over the scores in ascending order, as over the sorted scores.
  init(item: ScoreItem, session: Session, scale: ScoreScale, minimumAnswers: Int) {
    itemID = item.id
    var distribution = Array(repeating: 0, count: scale.values.count)
    // Each participant's score on the scale, nil for none, to name the lowest and highest.
    var scores = [Int?](repeating: nil, count: session.participants.count)
    var dontKnow = 0
    var notApplicable = 0
    var unanswered = 0
    for (index, participant) in session.participants.enumerated() {
      switch participant.scores[item.id] {
      case .score(let value) where scale.values.contains(value):
        distribution[value - scale.minimum] += 1
        scores[index] = value
      case .score, .none: unanswered += 1
      case .dontKnow: dontKnow += 1
      case .notApplicable: notApplicable += 1
      }
    }
    // How many gave `value`.
    func count(_ value: Int) -> Int { distribution[value - scale.minimum] }
    let answered = distribution.reduce(0, +)
    self.answered = answered
    self.dontKnow = dontKnow
    self.notApplicable = notApplicable
    self.unanswered = unanswered
    self.distribution = distribution

    guard let low = scale.values.first(where: { count($0) > 0 }),
      let high = scale.values.last(where: { count($0) > 0 })
    else {
      tooFewAnswers = true
      lowestScorers = []
      highestScorers = []
      return
    }
    // The score at `position` (from 0) of the scores in ascending order.
    func sorted(_ position: Int) -> Int {
      var below = 0
      for value in scale.values {
        below += count(value)
        if position < below { return value }
      }
      return high
    }
    let total = Double(answered)
    let mean = Double(scale.values.reduce(0) { $0 + $1 * count($1) }) / total
    self.mean = mean
    let middle = answered / 2
    median =
      answered % 2 == 1
      ? Double(sorted(middle)) : Double(sorted(middle - 1) + sorted(middle)) / 2
    minimum = low
    maximum = high
    spread = high - low
    var squares = 0.0
    for value in scale.values {
      for _ in 0..<count(value) { squares += (Double(value) - mean) * (Double(value) - mean) }
    }
    standardDeviation = (squares / total).squareRoot()
    tooFewAnswers = answered < max(1, minimumAnswers)
    if !tooFewAnswers {
      band = mean >= Double(scale.highFrom) ? .high : .low
      // One voice cannot agree or disagree with itself.
      if answered >= 2 { agreement = high - low >= 2 ? .variance : .consensus }
    }
    if agreement == .variance && !session.anonymous {
      func scorers(_ value: Int) -> [String] {
        var ids: [String] = []
        ids.reserveCapacity(count(value))
        for (participant, score) in zip(session.participants, scores) where score == value {
          ids.append(participant.id)
        }
        return ids
      }
      lowestScorers = scorers(low)
      highestScorers = scorers(high)
    } else {
      lowestScorers = []
      highestScorers = []
    }
  }
}
