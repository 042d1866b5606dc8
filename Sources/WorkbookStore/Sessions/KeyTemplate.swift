/// The keys of an object the session reader has read as a dictionary, kept so that the next
/// object with the same keys is built without making or hashing them again (see
/// `SessionJSONReader.dictionary(keyedLike:_:)`).
struct KeyTemplate {
  /// Where each key stands in the file, between its quotes (a key without escapes), in the
  /// order written.
  var spans: [Range<Int>] = []
  /// Each key, and its place in `spans`.
  var places: [String: Int] = [:]
}
