import Testing
import WorkbookCore
import WorkbookRuntime
import WorkbookStore
import WorkbookTestSupport
import WorkbookWorkflow

/// Creating a session, on its own or based on an earlier one, is the same rule whichever
/// performer runs it: a session started in memory is the session the store would start.
@Suite struct SessionCreationTests {
  static let strategy = StoreRuntimeTests.strategy

  /// Last year's session, revealed, with a plan row: written to a store in `folder`.
  static func lastYear(in folder: String) throws -> Session {
    var draft = Session(
      id: "", title: "Workshop 2025", organization: "Wikimedia Example", createdAt: "",
      mode: .workshop,
      participants: [
        Participant(id: "p1", name: "Ana", scores: ["overall": .score(2)], finishedScoring: true),
        Participant(id: "p2", name: "Bo", scores: ["overall": .score(4)], finishedScoring: true),
      ],
      strategyID: strategy.id, contentVersion: strategy.version)
    draft.scoresRevealed = true
    draft.plan = [PlanRow(id: "row-1", cells: ["goal": "Monthly meet-ups"])]
    return try SessionStore(directory: folder).create(draft)
  }

  /// What `request` comes to with each performer, their sessions starting as `sessions`.
  static func results(
    of request: NewSessionRequest, folder: String, sessions: [Session]
  ) -> (inMemory: [EffectResult], store: [EffectResult]) {
    func run<Performer: EffectPerformer>(_ performer: Performer) -> [EffectResult] {
      var runtime = Runtime(
        state: RecordingFrontEnd.State(), frontEnd: RecordingFrontEnd(),
        terminal: ScriptedTerminal<[RecordingFrontEnd.Command], [RecordingFrontEnd.Action]>(),
        performer: performer)
      runtime.send([.ask([.loadSessionList, .createSession(request)])])
      return runtime.state.applied.compactMap {
        if case .reported(let result) = $0 { result } else { nil }
      }
    }
    let library = ContentLibrary(entries: [.init(strategy: strategy, file: "oe.md")])
    return (
      run(InMemoryEffectPerformer(strategies: [strategy], sessions: sessions)),
      run(StoreEffectPerformer(store: SessionStore(directory: folder), library: library))
    )
  }

  /// The session created, without what each performer gives it its own way: the id, the times
  /// and the order of the anonymous labels (the store shuffles them).
  static func created(_ results: [EffectResult]) -> Session? {
    guard case .sessionOpened(var session)? = results.last else { return nil }
    session.id = ""
    session.createdAt = ""
    session.updatedAt = ""
    session.labelOrder = []
    return session
  }

  @Test func anInMemoryRunStartsABasedOnSessionAsTheStoreDoes() throws {
    let folder = TemporaryFolder.make()
    let earlier = try Self.lastYear(in: folder)
    let request = NewSessionRequest(
      title: "Workshop 2026", organization: "", mode: .workshop, participantNames: [],
      anonymous: false, strategyID: Self.strategy.id, basedOnID: earlier.id)
    let (inMemory, store) = Self.results(of: request, folder: folder, sessions: [earlier])

    // The earlier session is listed with what the form needs to offer it.
    #expect(inMemory.first == store.first)
    guard case .sessionsLoaded(let entries)? = inMemory.first else {
      Issue.record("no list: \(inMemory)")
      return
    }
    #expect(entries.map(\.strategyID) == [Self.strategy.id])
    #expect(entries.map(\.participantNames) == [["Ana", "Bo"]])

    let session = try #require(Self.created(inMemory))
    #expect(session.basedOn?.snapshot.id == earlier.id)
    #expect(session.basedOn?.snapshot.plan.map(\.id) == ["row-1"])
    #expect(session.organization == "Wikimedia Example")
    #expect(session.participants.map(\.name) == ["Ana", "Bo"])
    #expect(session.participants.allSatisfy { $0.scores.isEmpty }, "no earlier answer is a score")
    #expect(session == Self.created(store))
  }

  @Test func bothRefuseAnEarlierSessionOfAnotherOrganizationInTheSameWords() throws {
    let folder = TemporaryFolder.make()
    let earlier = try Self.lastYear(in: folder)
    let request = NewSessionRequest(
      title: "Workshop 2026", organization: "Wikimedia Other", mode: .workshop,
      participantNames: [], anonymous: false, strategyID: Self.strategy.id, basedOnID: earlier.id)
    let (inMemory, store) = Self.results(of: request, folder: folder, sessions: [earlier])
    #expect(
      inMemory.last
        == .failed(
          "Could not start from the earlier session: it is “Wikimedia Example”'s, not "
            + "“Wikimedia Other”'s; choose one of the same organization."))
    #expect(store.last == inMemory.last)
  }

  @Test func anEarlierSessionThatIsGoneIsNamed() throws {
    let request = NewSessionRequest(
      title: "Workshop 2026", organization: "", mode: .workshop, participantNames: [],
      anonymous: false, strategyID: Self.strategy.id, basedOnID: "gone")
    let (inMemory, _) = Self.results(of: request, folder: TemporaryFolder.make(), sessions: [])
    #expect(inMemory.last == .failed("Could not read the earlier session: no session gone."))
  }
}
