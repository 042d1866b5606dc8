extension Array where Element == String {
  /// The strings with `separator` between each two, as `joined(separator:)` gives them. Written
  /// out because the standard library's generic version was not specialised for the content
  /// reader or the screens, and its first call cost the start a fifth of a million instructions
  /// (it looks up `Array: Collection` among every conformance of the program).
  public func concatenated(separator: String) -> String {
    guard var text = first else { return "" }
    for string in dropFirst() {
      text += separator
      text += string
    }
    return text
  }
}
