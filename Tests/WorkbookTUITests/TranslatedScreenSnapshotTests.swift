import Testing
import WorkbookCore
import WorkbookTUI

/// Every step at 80×24 as a German or a French team sees it: the shipped content's translation
/// and the workbook's messages in that language, compared with Snapshots/<language>-<screen>.txt.
/// The screens are the word-cut walk's, so what is snapshotted here is also checked for cut words.
@Suite struct TranslatedScreenSnapshotTests {
  /// The walk's screens to keep, by name (after "shipped <language> "), and their file names.
  static let screens: [(walk: String, file: String)] = [
    ("start list", "start-list"),
    ("new session participants", "new-session-participants"),
    ("workshop overview", "overview"),
    ("workshop overview plan review", "overview-plan-review"),
    ("workshop scores", "scores"),
    ("workshop scores privacy", "scores-privacy"),
    ("workshop scores scoring item 1", "scores-scoring"),
    ("workshop scores review", "scores-review"),
    ("workshop scores thank you", "scores-thank-you"),
    ("workshop scores reveal confirmation", "scores-reveal-confirmation"),
    ("workshop results item 1", "results"),
    ("workshop results based on an earlier session item 1", "results-based-on-earlier"),
    ("solo results item 1", "results-solo"),
    ("workshop reflection revealed question 1", "reflection"),
    ("workshop recommendations revealed filter 0", "recommendations"),
    ("workshop recommendations revealed note", "recommendations-note"),
    ("workshop plan cell 0", "plan"),
    ("workshop plan writing", "plan-writing"),
    ("workshop export format 0", "export-markdown"),
    ("workshop export before the reveal format 0", "export-before-the-reveal"),
    ("workshop export file name", "export-file-name"),
  ]

  @Test(arguments: WordCutWalk.shippedLanguages)
  func everyStepAt80x24(_ language: String) throws {
    let walked = Dictionary(
      WordCutWalk.screens().map { ($0.0, $0.1) }, uniquingKeysWith: { first, _ in first })
    for (walk, file) in Self.screens {
      let state = try #require(walked["shipped \(language) \(walk)"], "no screen “\(walk)”")
      assertSnapshots(state, "\(language)-\(file)", sizes: [(80, 24)])
    }
  }
}
