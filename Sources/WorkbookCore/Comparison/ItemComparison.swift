/// One score item then and now: the figures of each side and which way they moved, or why the
/// item cannot be compared.
public struct ItemComparison: Sendable, Equatable, Codable {
  public var itemID: String
  /// The item's title now, else then.
  public var title: String
  /// Nil when the side does not have the item or its figures are not shown.
  public var then: ItemFigures?
  public var now: ItemFigures?
  /// How the mean moved; nil when the item is not compared or a side has no mean.
  public var meanChange: MeanChange?
  /// Whether the team split or came together; nil when either side has no agreement (fewer
  /// than two scores, as in a solo session) or the item is not compared.
  public var agreementChange: AgreementChange?
  /// Why the item is not compared; nil when it is.
  public var notCompared: NotComparedReason?

  /// "rose from 2.5 to 3.5; newly split" and the like: the change in words, for every format.
  public var changeText: String {
    if let notCompared { return notCompared.text }
    var parts: [String] = []
    if let meanChange, let before = then?.mean, let after = now?.mean {
      let from = ExportNumber.text(before)
      let to = ExportNumber.text(after)
      parts.append(
        meanChange == .same ? "same (\(to))" : "\(meanChange.rawValue) from \(from) to \(to)")
    } else {
      switch (then?.mean, now?.mean) {
      case (nil, nil): parts.append("no scores then or now")
      case (nil, _): parts.append("no scores then")
      default: parts.append("no scores now")
      }
    }
    if let agreementChange, agreementChange != .unchanged { parts.append(agreementChange.label) }
    return parts.joined(separator: "; ")
  }
}

/// Which way an item's mean moved, read at two decimals (as the results show it).
public enum MeanChange: String, Sendable, Equatable, Codable {
  case rose
  case fell
  case same
}

public enum AgreementChange: String, Sendable, Equatable, Codable {
  /// Consensus then, variance now.
  case newlySplit = "newly-split"
  /// Variance then, consensus now.
  case newlyAgreed = "newly-agreed"
  case unchanged

  public var label: String {
    switch self {
    case .newlySplit: "newly split"
    case .newlyAgreed: "newly agreed"
    case .unchanged: "agreement unchanged"
    }
  }
}

/// Why an item is left out of a comparison.
public enum NotComparedReason: String, Sendable, Equatable, Codable {
  /// The sessions assess different strategies: no item is compared.
  case differentStrategy = "different-strategy"
  case notInEarlier = "not-in-earlier"
  case notInLater = "not-in-later"
  /// The item's wording differs between the two content versions.
  case reworded
  /// The earlier session's scores were never revealed, so nothing of them was taken.
  case earlierNotRevealed = "earlier-not-revealed"
  /// The later session's scores are not revealed yet.
  case laterNotRevealed = "later-not-revealed"

  public var text: String {
    switch self {
    case .differentStrategy: "not compared: the sessions assess different strategies"
    case .notInEarlier: "not compared: the earlier session does not have this item"
    case .notInLater: "not compared: this session does not have this item"
    case .reworded: "not compared: the item was reworded between the content versions"
    case .earlierNotRevealed: "not compared: the earlier scores were never revealed"
    case .laterNotRevealed: "not compared: the scores are not revealed yet"
    }
  }
}
