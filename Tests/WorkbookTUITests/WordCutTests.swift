import Foundation
import Testing
import WorkbookCore
import WorkbookTUI

/// Walks every screen that the fixtures reach, and every help overlay over them, at 80×24 (and the
/// plan table and previews at 120×40), and fails on a word cut without a sign.
///
/// How a cut is found: a word cut short ends a piece of text (the end of the row, or two spaces or
/// a rule after it) and is no word the workbook could have written: not in the words of its
/// sources, its content and the fixtures. A word followed by "…", "-" or "↩" is cut with a sign and
/// passes. A cut that happens to leave a real word ("the" of "there") is not found this way.
@Suite struct WordCutTests {
  @Test func noScreenCutsAWordWithoutASign() {
    var problems: [String] = []
    for (name, state) in WordCutWalk.screens() {
      for (width, height) in [(80, 24), (120, 40)] {
        for help in [false, true] {
          var shown = state
          _ = update(&shown, .resized(width: width, height: height))
          if help, !shown.showingHelp { _ = update(&shown, .toggleHelp) }
          let label = "\(name)\(help ? " + help" : "") at \(width)x\(height)"
          let buffer = render(shown, width: width, height: height)
          problems += WordCutDetector.cuts(in: buffer.lines).map { "\(label): \($0)" }
        }
      }
    }
    #expect(problems.isEmpty, "\(problems.count) cut words:\n\(problems.joined(separator: "\n"))")
  }

  /// The walk covers the shipped content in every shipped language, each fully translated (so
  /// the screens it checks are German and French, not English fallbacks).
  @Test func theWalkTakesEachShippedTranslation() {
    #expect(WordCutWalk.shippedTranslations.map(\.language) == WordCutWalk.shippedLanguages)
    for (language, strategy, _) in WordCutWalk.shippedTranslations {
      #expect(strategy.translation?.language == language)
      #expect(strategy.translation?.untranslatedIDs == [], "\(language)")
      #expect(strategy.title != WordCutWalk.shipped.title, "\(language)")
    }
    // The walked screens show the translation's words, the start screen and the form too, and
    // speak the workbook's messages in the translation's language.
    let german = WordCutWalk.screens().filter { $0.0.hasPrefix("shipped de ") }
    let shown = german.flatMap { render($0.1, width: 80, height: 24).lines }
    #expect(shown.contains { $0.contains("Online-Beitragende") })
    #expect(german.contains { $0.0 == "shipped de new session empty" })
    for (language, _, messages) in WordCutWalk.shippedTranslations {
      // Read from the message files, not English for want of them.
      #expect(messages.source(of: .exportHeadingPlan)?.code == language)
      let screens = WordCutWalk.screens().filter { $0.0.hasPrefix("shipped \(language) ") }
      #expect(screens.allSatisfy { $0.1.messages == messages }, "\(language)")
    }
  }

  /// The walk's turn really moves through the items to the review, so each is checked.
  @Test func theWalksTurnReachesEveryItemAndTheReview() {
    let screens = WordCutWalk.screens().filter { $0.0.hasPrefix("fixture ") }
    let items = PlanFixture.strategy.scoreItems.count
    for item in 0..<items {
      let state = screens.first { $0.0.hasSuffix("scores scoring item \(item + 1)") }?.1
      guard case .scoring(_, let shown)? = state?.workbook?.scores.phase else {
        Issue.record("item \(item + 1) is not being scored")
        continue
      }
      #expect(shown == item)
    }
    let review = screens.first { $0.0.hasSuffix("scores review") }?.1
    guard case .review? = review?.workbook?.scores.phase else {
      Issue.record("the review is not shown")
      return
    }
  }

  @Test func theDetectorFindsTheCutsSeenOnTheScreens() {
    let seen = [
      "  Recommendations  ·  all  ·  weak areas first once the scor",
      "    Understandin  Ask           ·",
      "    contributeur s",
      "  Show or hide the ke…",
    ]
    let found = WordCutDetector.cuts(in: seen)
    #expect(found.count == 2)
    #expect(found.first?.contains("“scor”") == true)
    #expect(found.last?.contains("“Understandin”") == true)
  }
}

/// Finds words cut without a sign in the rows of a screen (see `WordCutTests`).
enum WordCutDetector {
  /// Signs that a word goes on elsewhere.
  private static let signs: Set<Character> = ["…", "-", "↩"]

  /// `known` are words besides the vocabulary's that the screens may show (a translation's).
  static func cuts(in lines: [String], known: Set<String> = []) -> [String] {
    var found: [String] = []
    for (number, line) in lines.enumerated() {
      let characters = Array(line)
      var index = 0
      while index < characters.count {
        guard characters[index].isLetter else {
          index += 1
          continue
        }
        let start = index
        while index < characters.count, characters[index].isLetter { index += 1 }
        let word = String(characters[start..<index])
        // Scripts written without spaces (Chinese, Japanese) break between any two characters.
        if word.contains(where: { $0.displayWidth == 2 }) { continue }
        let next = index < characters.count ? characters[index] : nil
        if let next, signs.contains(next) { continue }
        let endsAPiece =
          next == nil || next == "│"
          || (next == " " && (index + 1 == characters.count || characters[index + 1] == " "))
        if endsAPiece, !vocabulary.contains(word.lowercased()), !known.contains(word.lowercased()) {
          found.append("row \(number + 1) ends in “\(word)”: |\(line)|")
        }
      }
    }
    return found
  }

  /// Every word the workbook could write: the words of its sources, its messages in every
  /// language, its content, and the test fixtures (what the tests type and name), lowercased.
  static let vocabulary: Set<String> = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    var words: Set<String> = []
    for folder in ["Sources", "Messages", "Content", "Tests/WorkbookTUITests"] {
      let enumerator = FileManager.default.enumerator(
        at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
      while let file = enumerator?.nextObject() as? URL {
        guard ["swift", "md", "json"].contains(file.pathExtension),
          file.lastPathComponent != "WordCutTests.swift",
          let text = try? String(contentsOf: file, encoding: .utf8)
        else { continue }
        for word in text.split(whereSeparator: { !$0.isLetter }) {
          words.insert(word.lowercased())
        }
      }
    }
    return words
  }()
}
