/// What moved between an earlier session and a later one of the same organization: per score
/// item, the mean and agreement then and now and which way they went. Pure: it reads two
/// snapshots (`SessionSnapshot`), so it holds nothing the snapshots leave out (no person, no
/// one's score), and a side whose scores are not revealed has no figures to show.
///
/// Items are matched by id. Sessions of different strategies compare no item; across content
/// versions an item compares only when its title reads the same in both, and every item left
/// out says why (`NotComparedReason`).
public struct SessionComparison: Sendable, Equatable, Codable {
  /// The two sessions' facts; their figures are in `items`.
  public var earlier: ComparedSession
  public var later: ComparedSession
  /// The later session's items in order, then the items only the earlier one has.
  public var items: [ItemComparison]

  public init(earlier: SessionSnapshot, later: SessionSnapshot) {
    self.earlier = ComparedSession(earlier)
    self.later = ComparedSession(later)
    items = Self.compare(earlier: earlier, later: later)
  }

  /// The later session's scores are not revealed (and were not asked for): nothing is compared.
  public var laterHidden: Bool { !later.scoresShown }
  public var earlierHidden: Bool { !earlier.scoresShown }
  public var sameStrategy: Bool { earlier.strategyID == later.strategyID }
  public var sameContentVersion: Bool { earlier.contentVersion == later.contentVersion }

  private static func compare(earlier: SessionSnapshot, later: SessionSnapshot)
    -> [ItemComparison]
  {
    let differentStrategy = earlier.strategyID != later.strategyID
    let thenItems = earlier.items ?? []
    let nowItems = later.items ?? []
    var thenByID: [String: ItemFigures] = [:]
    for item in thenItems where thenByID[item.itemID] == nil { thenByID[item.itemID] = item }
    let nowIDs = Set(nowItems.map(\.itemID))
    var result: [ItemComparison] = []
    for now in nowItems {
      let then = thenByID[now.itemID]
      var item = ItemComparison(itemID: now.itemID, title: now.title, then: then, now: now)
      if differentStrategy {
        item.notCompared = .differentStrategy
      } else if earlier.items == nil {
        item.notCompared = .earlierNotRevealed
      } else if let then {
        if then.title != now.title && earlier.contentVersion != later.contentVersion {
          item.notCompared = .reworded
        } else {
          item.meanChange = meanChange(from: then.mean, to: now.mean)
          item.agreementChange = agreementChange(from: then.agreement, to: now.agreement)
        }
      } else {
        item.notCompared = .notInEarlier
      }
      result.append(item)
    }
    for then in thenItems where !nowIDs.contains(then.itemID) {
      let reason: NotComparedReason =
        differentStrategy
        ? .differentStrategy : later.items == nil ? .laterNotRevealed : .notInLater
      result.append(
        ItemComparison(itemID: then.itemID, title: then.title, then: then, notCompared: reason))
    }
    return result
  }

  private static func meanChange(from then: Double?, to now: Double?) -> MeanChange? {
    guard let then, let now else { return nil }
    let before = Int((then * 100).rounded())
    let after = Int((now * 100).rounded())
    return after > before ? .rose : after < before ? .fell : .same
  }

  private static func agreementChange(from then: Agreement?, to now: Agreement?)
    -> AgreementChange?
  {
    guard let then, let now else { return nil }
    switch (then, now) {
    case (.consensus, .variance): return .newlySplit
    case (.variance, .consensus): return .newlyAgreed
    default: return .unchanged
    }
  }
}

extension Session {
  /// This session compared with the earlier one it is based on; nil when it is not based on one.
  /// Its own figures follow `scoresHidden`, unless `includingHiddenScores` (the explicit flag).
  public func comparisonWithEarlier(strategy: Strategy, includingHiddenScores: Bool = false)
    -> SessionComparison?
  {
    guard let basedOn else { return nil }
    return SessionComparison(
      earlier: basedOn.snapshot,
      later: SessionSnapshot(
        of: self, strategy: strategy, includingHiddenScores: includingHiddenScores))
  }
}
