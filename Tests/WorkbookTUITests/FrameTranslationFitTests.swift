import Foundation
import Testing
import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

/// The full-screen frame in German and French at 80×24: the start screen and its dialogs, the
/// new-session form, the Overview with its agenda and plan review, help over each, the status line
/// and the too-small notice read without a word cut, and the status line keeps its hints for help
/// and pausing a turn.
@Suite struct FrameTranslationFitTests {
  static let languages = ["de", "fr"]

  @Test(arguments: languages) func theFrameCutsNoWord(_ language: String) throws {
    let messages = try FrameMessages.messages(language)
    let known = try FrameMessages.words(language)
    var problems: [String] = []
    for (name, state) in Self.screens(messages, language: language) {
      for help in [false, true] {
        var shown = state
        _ = update(&shown, .resized(width: 80, height: 24))
        if help, !shown.showingHelp { _ = update(&shown, .toggleHelp) }
        let lines = render(shown, width: 80, height: 24).lines
        problems += WordCutDetector.cuts(in: lines, known: known).map {
          "\(language) \(name)\(help ? " + help" : ""): \($0)"
        }
      }
    }
    for save in [SaveState.unchanged, .failed("disk full")] {
      var small = AppState(strategies: [Fixture.strategy], messages: messages)
      small.save = save
      for (width, height) in [(60, 20), (40, 12)] {
        let lines = render(small, width: width, height: height).lines
        problems += WordCutDetector.cuts(in: lines, known: known).map {
          "\(language) too small \(width)x\(height): \($0)"
        }
      }
    }
    #expect(problems.isEmpty, "\(problems.count) cut words:\n\(problems.joined(separator: "\n"))")
  }

  /// The screens are in the language asked for, not English fallbacks.
  @Test(arguments: languages) func theScreensSpeakTheLanguage(_ language: String) throws {
    let messages = try FrameMessages.messages(language)
    var start = AppState(strategies: [Fixture.strategy], messages: messages)
    _ = update(&start, .result(.sessionsLoaded(Fixture.entries)))
    let shown = render(start, width: 80, height: 24).lines.joined(separator: "\n")
    #expect(shown.contains(messages(.tuiStartHeading)))
    #expect(!shown.contains(Messages.english(.tuiStartHeading)))
  }

  /// Words drawn into a room of fixed width at 80×24 fit it whole: a line cut with "…" would
  /// pass the word-cut check but lose what it says.
  @Test(arguments: languages) func fixedRoomsHoldTheirWords(_ language: String) throws {
    let messages = try FrameMessages.messages(language)
    let frame = 76
    let valueWidth = 48
    // The form's choices: "‹ value ›", two spaces, the note, within the form's right part.
    let choices: [(MessageKey, MessageKey, [String])] = [
      (.tuiNewModeWorkshop, .tuiNewModeWorkshopNote, []),
      (.tuiNewModeSolo, .tuiNewModeSoloNote, []),
      (.tuiNewOn, .tuiNewAnonymousNote, []), (.tuiNewOff, .tuiNewNamedNote, []),
      (.tuiNewBasedOnNone, .tuiNewNoEarlier, []), (.tuiNewBasedOnNone, .tuiNewEarlierCount, ["2"]),
    ]
    var rooms: [(String, Int)] = [
      (messages(.tuiNotesKept), frame), (messages(.tuiStartPick, "n"), frame),
      (messages(.tuiStartColumnUpdated), 16), (messages(.tuiStartColumnProgress), 8),
      (messages(.tuiStartBroken), 8), (messages(.tuiNewTitlePlaceholder), valueWidth),
      (messages(.tuiNewAddParticipant), valueWidth),
      ("  " + messages(.tuiNewCreate) + "  ", valueWidth),
      (messages(.tuiAgendaSuggestedSplit, 90), frame - 34), (messages(.tuiMinutes, 120), 8),
    ]
    let labels: [MessageKey] = [
      .tuiNewLabelTitle, .tuiNewLabelOrganization, .tuiNewLabelMode, .tuiNewLabelAnonymous,
      .tuiNewLabelStrategy, .tuiNewLabelBasedOn,
    ]
    rooms += labels.map { (messages($0), 15) }
    rooms += choices.map { value, note, arguments in
      ("‹ \(messages(value)) ›  " + messages.text(note, arguments: arguments), frame - 18)
    }
    for (text, room) in rooms {
      #expect(text.displayWidth <= room, "\(language): “\(text)” is wider than \(room)")
    }
  }

  /// Each label of the new-session form ends before its field: a space stands after it.
  @Test(arguments: languages) func theFormsLabelsEndBeforeTheirFields(_ language: String) throws {
    let messages = try FrameMessages.messages(language)
    var form = AppState(strategies: [Fixture.strategy], messages: messages)
    _ = update(&form, .result(.sessionsLoaded(Fixture.earlierEntries)))
    _ = update(&form, .start(.new))
    _ = update(&form, .newSession(.type("Spring workshop")))
    let rows = render(form, width: 80, height: 24).lines
    let labels: [MessageKey] = [
      .tuiNewLabelTitle, .tuiNewLabelOrganization, .tuiNewLabelMode, .tuiNewLabelAnonymous,
      .tuiNewLabelStrategy,
    ]
    for label in labels {
      #expect(
        rows.contains { $0.contains(" \(messages(label)) ") }, "\(language): \(messages(label))")
    }
  }

  /// In a crowded scoring turn (a timer, a failed save) the status line still says how to pause
  /// and how to get help, and shows the timer, in the team's language.
  @Test(arguments: languages) func theStatusLineKeepsHelpAndPause(_ language: String) throws {
    let messages = try FrameMessages.messages(language)
    var state = Fixture.app(step: .scores)
    state.messages = messages
    _ = update(&state, .timer(.cycle))
    _ = update(&state, .tick(seconds: 1))
    press(.enter, .enter, in: &state)
    _ = update(&state, .result(.saveFailed("No space left on device")))
    let line = render(state, width: 80, height: 24).lines[23]
    #expect(line.contains("Esc " + messages(.hintPause)), "\(line)")
    #expect(line.contains("F1 " + messages(.hintHelp)), "\(line)")
    #expect(line.contains(messages(.tuiStatusNotSaved)), "\(line)")
    for step in [Step.overview, .plan] {
      var quiet = Fixture.app(step: step)
      quiet.messages = messages
      let row = render(quiet, width: 80, height: 24).lines[23]
      #expect(row.contains("F1 " + messages(.hintHelp)), "\(step): \(row)")
      #expect(row.contains(messages(.tuiStatusSaved)), "\(step): \(row)")
    }
  }

  /// The frame's screens with `messages`, by name.
  static func screens(_ messages: Messages, language: String) -> [(String, AppState)] {
    var screens: [(String, AppState)] = []
    func add(_ name: String, _ state: AppState) {
      var state = state
      state.messages = messages
      screens.append((name, state))
    }
    // The word-cut walk's start screens and form, then the ones only this check needs.
    for (name, state) in WordCutWalk.startScreens(messages: messages) { add(name, state) }
    var start = AppState(strategies: [Fixture.strategy], messages: messages)
    _ = update(&start, .result(.sessionsLoaded(Fixture.entries)))
    var someone = start
    _ = update(&someone, .result(.sessionLocked(id: "a", editor: nil)))
    add("start locked by someone", someone)
    var pasted = start
    _ = update(&pasted, .refused(.pastedText))
    add("start paste refused", pasted)

    var form = AppState(strategies: [Fixture.strategy], messages: messages)
    _ = update(&form, .result(.sessionsLoaded(Fixture.earlierEntries)))
    _ = update(&form, .start(.new))
    var last = form
    for _ in 0..<6 { _ = update(&last, .newSession(.nextField)) }
    add("new session field 6", last)
    var based = form
    for _ in 0..<5 { _ = update(&based, .newSession(.nextField)) }
    _ = update(&based, .newSession(.nextChoice))
    add("new session based on an earlier one", based)
    var solo = form
    _ = update(&solo, .newSession(.type("Spring workshop")))
    for _ in 0..<2 { _ = update(&solo, .newSession(.nextField)) }
    _ = update(&solo, .newSession(.nextChoice))
    add("new session solo", solo)

    let strategy = WordCutWalk.shippedTranslations.first { $0.language == language }?.strategy
    for (mode, session) in [
      ("workshop", Fixture.session()), ("solo", Fixture.session(mode: .solo, names: ["Ana"])),
      ("anonymous", Fixture.session(anonymous: true)),
    ] {
      func app(_ session: Session) -> AppState {
        var session = session
        guard let strategy else { return Fixture.app(session, step: .overview) }
        session.strategyID = strategy.id
        return Fixture.app(session, strategy: strategy, step: .overview)
      }
      var overview = app(session)
      add("\(mode) overview", overview)
      press(.pageDown, .pageDown, in: &overview)
      add("\(mode) overview scrolled", overview)
      var agenda = app(session)
      _ = update(&agenda, .overview(.editAgenda))
      add("\(mode) agenda editor", agenda)
      _ = update(&agenda, .agenda(.suggest(minutes: 90)))
      add("\(mode) agenda 90", agenda)
      _ = update(&agenda, .agenda(.done))
      _ = update(&agenda, .timer(.cycle))
      add("\(mode) overview with agenda and timer", agenda)
      _ = update(&agenda, .tick(seconds: 1))
      _ = update(&agenda, .tick(seconds: 10_000))
      add("\(mode) timer up", agenda)
      var review = app(Fixture.withLastYearsPlan(session))
      add("\(mode) overview plan review", review)
      press(.character("c"), .down, .character("x"), .enter, in: &review)
      type("Nobody had the time to write it after the spring", in: &review)
      add("\(mode) plan review note", review)
      press(.control("d"), .escape, in: &review)
      add("\(mode) plan reviewed", review)
      _ = update(&review, .undo)
      add("\(mode) undone", review)
      var notes = app(session)
      _ = update(&notes, .overview(.editNotes))
      add("\(mode) notes editor", notes)
      var failed = app(session)
      _ = update(&failed, .result(.saveFailed("No space left on device")))
      add("\(mode) save failed", failed)
      var readOnly = app(session)
      _ = update(
        &readOnly,
        .result(
          .sessionOpenedReadOnly(
            readOnly.workbook!.session,
            editor: OtherTerminal(user: "ana", host: "laptop", since: "2026-11-25T18:00:00Z"))))
      add("\(mode) read-only", readOnly)
    }
    return screens
  }
}

/// The repository's message files (Messages/<group>/<language>.json), read as the program reads
/// them.
enum FrameMessages {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Messages")

  static func messages(_ language: String) throws -> Messages {
    let tag = try #require(LanguageTag(language))
    return Messages(language: tag, catalogs: [try catalog(language)])
  }

  /// Every word of the language's messages, lowercased: words the screens may show.
  static func words(_ language: String) throws -> Set<String> {
    let texts = try catalog(language).messages.values
    return Set(texts.flatMap { $0.split(whereSeparator: { !$0.isLetter }) }.map { $0.lowercased() })
  }

  /// The language's messages of every group as one catalog.
  private static func catalog(_ language: String) throws -> MessageCatalog {
    let tag = try #require(LanguageTag(language))
    var merged = MessageCatalog(language: tag, messages: [:])
    let groups = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    for group in groups {
      let file = folder.appendingPathComponent(group).appendingPathComponent("\(language).json")
      guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
      let catalog = try MessageCatalog(language: tag, json: text, fileName: file.path)
      merged.messages.merge(catalog.messages) { $1 }
    }
    return merged
  }
}
