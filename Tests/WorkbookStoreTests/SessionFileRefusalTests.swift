import Testing
import WorkbookCore
import WorkbookStore

/// A file that is not a readable session is refused with a message naming it and the problem,
/// and its bytes stay exactly as they were, whether it is read, locked for editing or listed.
@Suite struct SessionFileRefusalTests {
  static let cases: [(name: String, bytes: [UInt8], problem: SessionFileProblem)] = [
    ("empty", [], .empty),
    ("binary", [0x7B, 0x00, 0xFF, 0x10], .binary(offset: 1)),
    ("not UTF-8", Array("{ \"schema\": 1".utf8) + [0xC3, 0x28], .binary(offset: 13)),
    (
      "truncated", Array("{\n  \"schema\" : 1,\n  \"session\" : {\n    \"id\" : \"ab".utf8),
      .truncated(line: 4)
    ),
    (
      "malformed", Array("{\n  \"schema\" : 1,\n  \"session\" : {\n    \"id\" : \"x\",,\n".utf8),
      .malformed(line: 4, column: 16, detail: "expected a quoted key")
    ),
    (
      "trailing comma", Array("{\"schema\": 1, \"session\": {\"id\": \"x\",}}".utf8),
      .malformed(line: 1, column: 37, detail: "expected a quoted key")
    ),
    (
      "tab in a string", Array("{\"schema\": 1, \"session\": \"a\tb\"}".utf8),
      .malformed(line: 1, column: 28, detail: "a line break or control character inside a string")
    ),
    (
      "not a number", Array("{\"schema\": NaN}".utf8),
      .malformed(line: 1, column: 12, detail: "expected a value")
    ),
    (
      "newer schema", Array("{\"schema\": 2, \"session\": {}}".utf8),
      .newerSchema(found: 2, supported: 1)
    ),
    ("no schema", Array("{\"session\": {}}".utf8), .missingSchema),
    (
      "not an object", Array("[1, 2]\n".utf8),
      .invalidField(path: "", detail: "should be an object")
    ),
    (
      "missing field",
      Array(
        """
        {"schema": 1, "session": {"id": "x", "title": "T", "organization": "", "createdAt": "a",
        "updatedAt": "a", "mode": "solo", "participants": [{"id": "p1", "scores": {},
        "finishedScoring": false}], "anonymous": false, "strategyID": "s", "contentVersion": "1",
        "scoresRevealed": false, "reflection": {}, "reviews": {}, "plan": [], "facilitatorNotes": ""}}
        """.utf8),
      .invalidField(path: "session.participants[0].name", detail: "is missing")
    ),
    (
      "score out of scale",
      Array(
        """
        {"schema": 1, "session": {"id": "x", "title": "T", "organization": "", "createdAt": "a",
        "updatedAt": "a", "mode": "solo", "participants": [{"id": "p1", "name": "Ana",
        "scores": {"overall": 7}, "finishedScoring": false}], "anonymous": false,
        "strategyID": "s", "contentVersion": "1", "scoresRevealed": false, "reflection": {},
        "reviews": {}, "plan": [], "facilitatorNotes": ""}}
        """.utf8),
      .invalidField(
        path: "session.participants[0].scores.overall",
        detail: "is 7; a score is 1–5, \"?\" or \"na\"")
    ),
    (
      "one id for two participants",
      Array(
        """
        {"schema": 1, "session": {"id": "x", "title": "T", "organization": "", "createdAt": "a",
        "updatedAt": "a", "mode": "workshop", "participants": [
        {"id": "p1", "name": "Ana", "scores": {}, "finishedScoring": false},
        {"id": "p1", "name": "Ben", "scores": {}, "finishedScoring": false}], "anonymous": false,
        "strategyID": "s", "contentVersion": "1", "scoresRevealed": false, "reflection": {},
        "reviews": {}, "plan": [], "facilitatorNotes": ""}}
        """.utf8),
      .invalidField(
        path: "session.participants[1].id",
        detail: "is \"p1\", as is participants[0]'s; give each their own id")
    ),
    (
      "labels for someone who is not a participant",
      Array(
        """
        {"schema": 1, "session": {"id": "x", "title": "T", "organization": "", "createdAt": "a",
        "updatedAt": "a", "mode": "workshop", "participants": [
        {"id": "p1", "name": "Ana", "scores": {}, "finishedScoring": false},
        {"id": "p2", "name": "Ben", "scores": {}, "finishedScoring": false}], "anonymous": true,
        "labelOrder": ["p2", "p9"], "strategyID": "s", "contentVersion": "1",
        "scoresRevealed": false, "reflection": {}, "reviews": {}, "plan": [],
        "facilitatorNotes": ""}}
        """.utf8),
      .invalidField(
        path: "session.labelOrder",
        detail: "is [\"p2\", \"p9\"]; it should list each participant's id once (\"p1\", "
          + "\"p2\"), or be removed to have the labels worked out again")
    ),
    (
      "an agenda for a step the workbook does not have",
      Array(
        """
        {"schema": 1, "session": {"id": "x", "title": "T", "organization": "", "createdAt": "a",
        "updatedAt": "a", "mode": "solo", "participants": [{"id": "p1", "name": "Ana",
        "scores": {}, "finishedScoring": false}], "anonymous": false,
        "strategyID": "s", "contentVersion": "1", "scoresRevealed": false, "reflection": {},
        "reviews": {}, "plan": [], "facilitatorNotes": "", "agenda": {"lunch": 30}}}
        """.utf8),
      .invalidField(
        path: "session.agenda.lunch",
        detail: "is not a step; the steps are overview, scores, reflection, recommendations, "
          + "plan, export")
    ),
    (
      "an agenda with negative minutes",
      Array(
        """
        {"schema": 1, "session": {"id": "x", "title": "T", "organization": "", "createdAt": "a",
        "updatedAt": "a", "mode": "solo", "participants": [{"id": "p1", "name": "Ana",
        "scores": {}, "finishedScoring": false}], "anonymous": false,
        "strategyID": "s", "contentVersion": "1", "scoresRevealed": false, "reflection": {},
        "reviews": {}, "plan": [], "facilitatorNotes": "", "agenda": {"scores": -5}}}
        """.utf8),
      .invalidField(path: "session.agenda.scores", detail: "is -5; a step's minutes are 0–480")
    ),
  ]

  @Test(arguments: cases.indices)
  func refusesTheFileAndLeavesItUnchanged(index: Int) throws {
    let (name, bytes, problem) = Self.cases[index]
    let store = SessionTestSupport.store()
    let path = store.path(forID: "broken22")
    SessionTestSupport.write(bytes, to: path)

    #expect(throws: SessionStoreError.self, "\(name)") { try store.load(path) }
    do {
      _ = try store.load(path)
    } catch {
      guard case .unreadable(let reportedPath, let reported) = error else {
        Issue.record("\(name): unexpected error \(error)")
        return
      }
      #expect(reportedPath == path)
      #expect(reported == problem, "\(name)")
      #expect("\(error)".hasPrefix("cannot read the session \(path): "))
      #expect("\(error)".hasSuffix("The file has not been changed."))
    }
    let lock = try store.lock(path)
    #expect(throws: SessionStoreError.self, "\(name)") { try store.loadForEditing(holding: lock) }
    lock.release()
    #expect(store.list().map(\.session) == [nil])
    #expect(SessionTestSupport.bytes(at: path) == bytes, "\(name)")
    #expect(SessionTestSupport.names(in: store.directory) == ["broken22.json"])
  }
}
