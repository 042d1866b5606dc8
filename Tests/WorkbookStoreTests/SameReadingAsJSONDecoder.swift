import Testing

@testable import WorkbookStore

/// Expects the store's reading of `bytes` (its own reader first) and the reading by JSONDecoder
/// alone to give the same session of the same schema, or the same refusal.
func expectSameReadingAsJSONDecoder(_ bytes: [UInt8], _ comment: Comment) {
  let read = Result { () throws(SessionFileProblem) in try SessionFileFormat.decode(bytes) }
  let reference = Result { () throws(SessionFileProblem) in
    try SessionFileFormat.checkText(bytes)
    return try SessionFileFormat.decodeWithJSONDecoder(bytes)
  }
  switch (read, reference) {
  case (.success(let ours), .success(let theirs)):
    #expect(ours.session == theirs.session && ours.schema == theirs.schema, comment)
  case (.failure(let ours), .failure(let theirs)):
    #expect(ours == theirs, comment)
  default:
    Issue.record("\(read) but JSONDecoder: \(reference); \(comment)")
  }
}
