import Testing
import WorkbookCore

/// Comparisons worked out by hand from figures an earlier and a later session could have.
@Suite struct SessionComparisonTests {
  static func snapshot(
    id: String, strategyID: String = "online-contributors", contentVersion: String = "1",
    items: [ItemFigures]?
  ) -> SessionSnapshot {
    SessionSnapshot(
      id: id, title: id, organization: "WM Test", createdAt: "2026-01-01T00:00:00Z",
      mode: .workshop, strategyID: strategyID, contentVersion: contentVersion, items: items)
  }

  static func figures(
    _ id: String, title: String? = nil, mean: Double?, agreement: Agreement? = nil
  ) -> ItemFigures {
    ItemFigures(
      itemID: id, title: title ?? id, answered: mean == nil ? 0 : 3, mean: mean,
      agreement: agreement)
  }

  @Test func itemsThatRoseFellSplitAndAgreedSayWhichWay() {
    let earlier = Self.snapshot(
      id: "then",
      items: [
        Self.figures("rose", mean: 2.5, agreement: .consensus),
        Self.figures("fell", mean: 4, agreement: .consensus),
        Self.figures("split", mean: 3, agreement: .consensus),
        Self.figures("agreed", mean: 3, agreement: .variance),
        // 3.333 and 3.334 both read 3.33: the same, as the results show them.
        Self.figures("same", mean: 10.0 / 3, agreement: .consensus),
      ])
    let later = Self.snapshot(
      id: "now",
      items: [
        Self.figures("rose", mean: 3.5, agreement: .consensus),
        Self.figures("fell", mean: 3.25, agreement: .consensus),
        Self.figures("split", mean: 3, agreement: .variance),
        Self.figures("agreed", mean: 3.5, agreement: .consensus),
        Self.figures("same", mean: 3.334, agreement: .consensus),
      ])
    let items = SessionComparison(earlier: earlier, later: later).items
    #expect(items.map(\.meanChange) == [.rose, .fell, .same, .rose, .same])
    #expect(
      items.map(\.agreementChange) == [
        .unchanged, .unchanged, .newlySplit, .newlyAgreed, .unchanged,
      ])
    #expect(items.allSatisfy { $0.notCompared == nil })
    #expect(
      items.map(\.changeText) == [
        "rose from 2.5 to 3.5", "fell from 4 to 3.25", "same (3); newly split",
        "rose from 3 to 3.5; newly agreed", "same (3.33)",
      ])
  }

  @Test func anItemOnOneSideOnlySaysItIsNotCompared() {
    let earlier = Self.snapshot(
      id: "then", items: [Self.figures("kept", mean: 2), Self.figures("removed", mean: 4)])
    let later = Self.snapshot(
      id: "now", items: [Self.figures("added", mean: 3), Self.figures("kept", mean: 2)])
    let items = SessionComparison(earlier: earlier, later: later).items
    #expect(items.map(\.itemID) == ["added", "kept", "removed"])
    #expect(items.map(\.notCompared) == [.notInEarlier, nil, .notInLater])
    #expect(items[0].then == nil && items[0].now?.mean == 3)
    #expect(items[2].then?.mean == 4 && items[2].now == nil)
    #expect(items[1].meanChange == .same)
  }

  @Test func aDifferentContentVersionComparesOnlyTheItemsThatReadTheSame() {
    let earlier = Self.snapshot(
      id: "then", contentVersion: "1",
      items: [
        Self.figures("a", title: "Gatherings", mean: 2),
        Self.figures("b", title: "Communication", mean: 2),
      ])
    let later = Self.snapshot(
      id: "now", contentVersion: "2",
      items: [
        Self.figures("a", title: "Gatherings", mean: 3),
        Self.figures("b", title: "Communicating online and offline", mean: 4),
      ])
    let comparison = SessionComparison(earlier: earlier, later: later)
    #expect(!comparison.sameContentVersion)
    #expect(comparison.items.map(\.meanChange) == [.rose, nil])
    #expect(comparison.items.map(\.notCompared) == [nil, .reworded])
    #expect(comparison.items[1].changeText.contains("reworded"))
  }

  @Test func aDifferentStrategyComparesNoItem() {
    let earlier = Self.snapshot(
      id: "then", strategyID: "other", items: [Self.figures("a", mean: 2)])
    let later = Self.snapshot(id: "now", items: [Self.figures("a", mean: 3)])
    let comparison = SessionComparison(earlier: earlier, later: later)
    #expect(!comparison.sameStrategy)
    #expect(comparison.items.map(\.notCompared) == [.differentStrategy])
    #expect(comparison.items.allSatisfy { $0.meanChange == nil })
  }

  @Test func aSnapshotTakesTheRevealedFiguresAndNothingOfAPerson() throws {
    let earlier = ExportFixture.earlierSession()
    let snapshot = SessionSnapshot(of: earlier, strategy: ExportFixture.strategy)
    // Gatherings 1, 2, 2: mean 5/3, median 2, spread 1.
    let gatherings = try #require(snapshot.items?.first)
    #expect(gatherings.itemID == "gatherings")
    #expect(gatherings.answered == 3)
    #expect(abs((gatherings.mean ?? 0) - 5.0 / 3) < 1e-9)
    #expect(gatherings.median == 2)
    #expect(gatherings.agreement == .consensus)
    #expect(snapshot.marks == ["meetups": .tryNext])
    #expect(snapshot.plan.map(\.id) == ["row-1", "row-2"])
    let json = try JSONText.encode(snapshot)
    for name in ExportFixture.names { #expect(!json.contains(name)) }
    #expect(!json.contains("Quarterly"), "a recommendation's note is not carried")
  }

  @Test func aSessionBeforeItsRevealGivesNoFiguresUnlessAskedFor() {
    var earlier = ExportFixture.earlierSession()
    earlier.scoresRevealed = false
    #expect(SessionSnapshot(of: earlier, strategy: ExportFixture.strategy).items == nil)
    #expect(
      SessionSnapshot(of: earlier, strategy: ExportFixture.strategy, includingHiddenScores: true)
        .items?.count == 2)
    var solo = earlier
    solo.mode = .solo
    #expect(SessionSnapshot(of: solo, strategy: ExportFixture.strategy).items != nil)
  }

  @Test func theLaterSessionsFiguresStayHiddenUntilItsReveal() throws {
    let hidden = ExportFixture.basedOnSession(revealed: false)
    let comparison = try #require(hidden.comparisonWithEarlier(strategy: ExportFixture.strategy))
    #expect(comparison.laterHidden)
    #expect(comparison.items.allSatisfy { $0.now == nil && $0.meanChange == nil })
    #expect(comparison.items.allSatisfy { $0.notCompared == .laterNotRevealed })
    let revealed = try #require(
      ExportFixture.basedOnSession().comparisonWithEarlier(strategy: ExportFixture.strategy))
    // Gatherings 1, 2, 2 then and 2, 4, 4 now: 1.67 to 3.33, consensus to variance.
    #expect(
      revealed.items.map(\.changeText) == [
        "rose from 1.67 to 3.33; newly split", "fell from 5 to 4.5",
      ])
  }

  @Test func aSoloSessionComparesItsMeansAndHasNoAgreementToCompare() throws {
    var earlier = ExportFixture.earlierSession()
    earlier.mode = .solo
    earlier.participants = Array(earlier.participants.prefix(1))  // gatherings 1, overall 5
    earlier.labelOrder = ["p1"]
    var later = ExportFixture.session()
    later.mode = .solo
    later.scoresRevealed = false  // a solo session's scores are never hidden from its person
    later.participants = Array(later.participants.prefix(1))  // gatherings 2, overall 4
    later.labelOrder = ["p1"]
    later.basedOn = EarlierSession(
      snapshot: SessionSnapshot(of: earlier, strategy: ExportFixture.strategy))
    let comparison = try #require(later.comparisonWithEarlier(strategy: ExportFixture.strategy))
    #expect(comparison.items.map(\.meanChange) == [.rose, .fell])
    #expect(comparison.items.allSatisfy { $0.agreementChange == nil })
    #expect(comparison.items.map(\.changeText) == ["rose from 1 to 2", "fell from 5 to 4"])
  }
}
