extension Array {
  /// The element at `index`, or nil when the index is outside the array, for selections that may
  /// point past a list that has just shrunk.
  subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
