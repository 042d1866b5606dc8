import Foundation
import Testing
import WorkbookConsole
import WorkbookCore
import WorkbookPlain
import WorkbookRuntime
import WorkbookTUI
import WorkbookWorkflow

/// One workshop, driven through both front ends on the one runtime with sessions and files kept
/// in memory: the plain mode from the script the end-to-end test runs, the full-screen workbook
/// through its keymap, key by key. Both must leave the same session (times and ids aside) and
/// byte-identical exports: the rules are the workflow's, not a front end's.
@Suite struct FrontEndParityTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func strategy() throws -> Strategy {
    let file = root.appendingPathComponent("Content/working-with-online-contributors.md")
    return try ContentParser.parse(
      String(contentsOf: file, encoding: .utf8), fileName: file.lastPathComponent)
  }

  /// The plain mode: the end-to-end test's script, line by line, then the end of input.
  static func plainJourney(_ strategy: Strategy) throws -> InMemoryEffectPerformer {
    let script = try String(
      contentsOf: root.appendingPathComponent("Tests/EndToEndTests/Scripts/plain-journey.txt"),
      encoding: .utf8)
    var lines = script.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    var runtime = Runtime(
      state: PlainState(strategies: [strategy], currentFolder: "/work"),
      frontEnd: PlainFrontEnd(), terminal: ScriptedTerminal<String, [PlainOutput]>(script: lines),
      performer: InMemoryEffectPerformer(strategies: [strategy]))
    #expect(runtime.run(launchEffects: PlainState.launchEffects) == .quit)
    let shown = runtime.state.output(since: 0)
    #expect(!"\(shown)".contains("is not one of the answers"), "the script went astray")
    return runtime.performer
  }

  /// The full-screen workbook: the same workshop, as keys.
  static func fullScreenJourney(_ strategy: Strategy) -> InMemoryEffectPerformer {
    var state = AppState(strategies: [strategy])
    state.currentFolder = "/work"
    var runtime = Runtime(
      state: state, frontEnd: FullScreen(),
      terminal: ScriptedTerminal<TerminalEvent, ScreenBuffer>(),
      performer: InMemoryEffectPerformer(strategies: [strategy]))
    // Wide enough for the plan's table, whose columns the arrows move between.
    runtime.dispatch(.resized(width: 300, height: 60))
    runtime.perform(AppState.launchEffects)
    func press(_ keys: Key...) {
      for key in keys { runtime.send(.key(key)) }
    }
    func type(_ text: String) {
      for character in text { press(.character(character)) }
    }
    /// A text written in the editor open on screen, kept with Ctrl-D.
    func write(_ text: String) {
      press(.paste(text), .control("d"))
    }

    press(.character("n"))
    type("Plain journey")
    press(.tab)
    type("WMNO")
    press(.tab, .tab, .tab, .tab)
    type("Ana")
    press(.enter)
    type("Bo")
    press(.enter)
    type("Chen")
    press(.tab, .tab, .enter)

    press(.character("2"))
    let turns: [[Key]] = [
      [.character("4"), .character("4"), .character("3"), .character("4")],
      [.character("2"), .character("4"), .character("?"), .character("3")],
      [.character("5"), .character("4"), .character("n")],
    ]
    for answers in turns {
      press(.enter, .enter)
      for answer in answers { press(answer, .enter) }
      // Chen leaves the last item unanswered: → skips it, and confirming asks once more.
      if answers.count < 4 { press(.right, .enter) }
      press(.enter)
    }
    press(.character("r"), .character("y"))

    press(.character("3"))
    press(.right, .right, .right)
    press(.enter)
    write("We are good at gatherings,\nless at listening.")
    press(.character("j"), .enter)
    write("We split on gatherings: Bo scored 2, Chen 5.")

    press(.character("4"))
    press(.character("t"), .enter)
    write("Start with one meetup in spring.")
    press(.character("+"))
    press(.character("j"), .character("j"), .character("j"), .character("j"), .character("a"))

    press(.character("5"))
    press(.character("a"))
    write("Communication online")
    press(.right, .enter)
    write("A welcoming talk page.")
    press(.right, .right, .enter)
    write("Bo")
    press(.up, .enter)
    write("Ana and Chen")

    press(.character("6"))
    for index in 0..<5 {
      if index > 0 { press(.character("j")) }
      press(.character("w"))
    }
    press(.character("q"))
    #expect(runtime.quitAsked)
    return runtime.performer
  }

  /// The session without what differs from run to run: its id and its times.
  static func comparable(_ session: Session) -> Session {
    var session = session
    session.id = ""
    session.createdAt = ""
    session.updatedAt = ""
    return session
  }

  @Test func theSameWorkshopThroughBothFrontEndsLeavesTheSameSessionAndExports() throws {
    let strategy = try Self.strategy()
    let plain = try Self.plainJourney(strategy)
    let fullScreen = Self.fullScreenJourney(strategy)

    #expect(plain.saved.count == 1 && fullScreen.saved.count == 1)
    let plainSession = try #require(plain.saved.values.first)
    let fullScreenSession = try #require(fullScreen.saved.values.first)
    #expect(Self.comparable(plainSession) == Self.comparable(fullScreenSession))
    // Not two empty journeys agreeing: the workshop happened.
    #expect(plainSession.scoresRevealed)
    #expect(plainSession.plan.count == 2)
    #expect(plainSession.reviews.count == 2)

    #expect(
      plain.exports.keys.sorted() == [
        "/work/Plain-journey-plan.csv", "/work/Plain-journey-scores.csv",
        "/work/Plain-journey.json", "/work/Plain-journey.md", "/work/Plain-journey.wiki",
      ])
    #expect(plain.exports.keys.sorted() == fullScreen.exports.keys.sorted())
    for (path, text) in plain.exports {
      let other = fullScreen.exports[path] ?? ""
      // The JSON holds the session's times, which count its saves; nothing else may differ.
      let (left, right) =
        path.hasSuffix(".json")
        ? (Self.withoutTimes(text), Self.withoutTimes(other)) : (text, other)
      #expect(left.utf8.elementsEqual(right.utf8), "\(path): \(Self.firstDifference(left, right))")
    }
  }

  /// The JSON export with the session's creation and update times taken out.
  static func withoutTimes(_ json: String) -> String {
    json.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains("\"createdAt\" :") && !$0.contains("\"updatedAt\" :") }
      .joined(separator: "\n")
  }

  static func firstDifference(_ left: String, _ right: String) -> String {
    let pairs = zip(left.split(separator: "\n"), right.split(separator: "\n"))
    guard let (a, b) = pairs.first(where: { $0 != $1 }) else { return "lengths differ" }
    return "“\(a)” against “\(b)”"
  }
}
