import Synchronization

/// The texts of the cells that are more than one scalar (a letter with combining marks, an emoji
/// sequence), each numbered once and kept for the rest of the run, so that a `Cell` holds a
/// number rather than a reference. They are few: the distinct clusters the screens ever showed.
/// Keyed by their exact bytes, not by `String`'s canonical equivalence, so that a cell reads back
/// the scalars it was given.
enum ClusterTexts {
  private struct Table {
    var texts: [String] = []
    var numbers: [[UInt8]: UInt32] = [:]
  }

  private static let table = Mutex(Table())

  static func number(of text: String) -> UInt32 {
    let bytes = Array(text.utf8)
    return table.withLock { table in
      if let number = table.numbers[bytes] { return number }
      let number = UInt32(table.texts.count)
      table.texts.append(text)
      table.numbers[bytes] = number
      return number
    }
  }

  static func text(numbered number: UInt32) -> String {
    table.withLock { $0.texts[Int(number)] }
  }
}
