import Testing
import WorkbookCore
import WorkbookRuntime
import WorkbookStore
import WorkbookTestSupport
import WorkbookWorkflow

/// The runtime with the store-backed performer, on a temporary folder: what a front end asks for
/// reaches the disk, and the results come back.
@Suite struct StoreRuntimeTests {
  static let strategy = Strategy(
    id: "oe", title: "Organizational effectiveness", reportQuestion: 1, version: "1",
    source: ContentSource(url: "https://example.org", licence: "CC BY-SA 4.0", attribution: "Us"),
    introduction: "About us.", scale: ScoreScale(labels: [1: "Low", 5: "High"]),
    scoreItems: [
      ScoreItem(
        id: "overall", title: "Overall", question: "How well?", lowMeaning: "not yet",
        highMeaning: "a strength")
    ],
    reflectionQuestions: [], recommendationGroups: [], referenceSections: [],
    plan: PlanTemplate(introduction: "The plan.", columns: []))

  typealias Recorded = Runtime<
    RecordingFrontEnd, ScriptedTerminal<[RecordingFrontEnd.Command], [RecordingFrontEnd.Action]>,
    StoreEffectPerformer
  >

  @Test func aSessionIsCreatedSavedBeforeTheQuitAndExported() throws {
    let folder = TemporaryFolder.make()
    let store = SessionStore(directory: folder)
    let request = NewSessionRequest(
      title: "Spring workshop", organization: "Wikimedia Example", mode: .solo,
      participantNames: ["Ana"], anonymous: false, strategyID: "oe")
    var runtime = Recorded(
      state: RecordingFrontEnd.State(), frontEnd: RecordingFrontEnd(),
      terminal: ScriptedTerminal(),
      performer: StoreEffectPerformer(
        store: store,
        library: ContentLibrary(entries: [.init(strategy: Self.strategy, file: "oe.md")])))

    runtime.send([.ask([.createSession(request)])])
    let created = try #require(runtime.state.open)
    #expect(created.participants.map(\.id) == ["p1"])

    var renamed = created
    renamed.title = "Autumn workshop"
    let export = folder + "/export.md"
    let quit = runtime.send([
      .ask([
        .writeExport(
          ExportRequest(text: "# Export\n", path: export, overwrite: false, sessionID: created.id)),
        .writeExport(
          ExportRequest(text: "# Again\n", path: export, overwrite: false, sessionID: created.id)),
        .saveSession(renamed), .quit,
      ])
    ])
    #expect(quit)
    #expect(try store.load(store.path(forID: created.id)).title == "Autumn workshop")
    #expect(TemporaryFolder.bytes(at: export) == Array("# Export\n".utf8))
    let results = runtime.state.applied.compactMap {
      if case .reported(let result) = $0 { result } else { nil }
    }
    #expect(results.contains(.exportFileExists(path: export)))
  }

  /// A session remembers the language of the workbook it was made in; a workbook in another
  /// language that opens it, to follow or to edit, leaves it so.
  @Test func aSessionKeepsTheLanguageOfTheWorkbookThatMadeIt() throws {
    let folder = TemporaryFolder.make()
    let store = SessionStore(directory: folder)
    let library = ContentLibrary(entries: [.init(strategy: Self.strategy, file: "oe.md")])
    func runtime(_ language: String) throws -> Recorded {
      Recorded(
        state: RecordingFrontEnd.State(), frontEnd: RecordingFrontEnd(),
        terminal: ScriptedTerminal(),
        performer: StoreEffectPerformer(
          store: store, library: library, language: try #require(LanguageTag(language))))
    }
    var german = try runtime("de")
    german.send([
      .ask([
        .createSession(
          NewSessionRequest(
            title: "Frühjahrstreffen", organization: "", mode: .solo, participantNames: ["Ana"],
            anonymous: false, strategyID: "oe"))
      ])
    ])
    let created = try #require(german.state.open)
    #expect(created.language == "de")
    let path = store.path(forID: created.id)
    #expect(try store.load(path).language == "de")
    german.performer.letGoOfSession()

    var following = try runtime("fr")
    following.send([.ask([.openSessionReadOnly(id: created.id)])])
    let followed = following.state.applied.compactMap {
      if case .reported(.sessionOpenedReadOnly(let session, _)) = $0 { session } else { nil }
    }
    #expect(followed.map(\.language) == ["de"])
    following.performer.letGoOfSession()

    var french = try runtime("fr")
    french.send([.ask([.openSession(id: created.id)])])
    var opened = try #require(french.state.open)
    #expect(opened.language == "de")
    opened.title = "Réunion de printemps"
    _ = french.send([.ask([.saveSession(opened), .quit])])
    let saved = try store.load(path)
    #expect(saved.language == "de")
    // What the team typed is kept as typed.
    #expect(saved.title == "Réunion de printemps")
  }
}
