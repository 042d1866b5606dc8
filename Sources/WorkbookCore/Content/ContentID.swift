/// The rule for the ids in content files: lower-case ASCII letters, digits and hyphens, starting
/// with a letter or digit. Ids are what sessions store, so they stay plain and stable.
enum ContentID {
  /// Why `id` is not a valid id, or nil when it is.
  static func problem(with id: String) -> String? {
    // Nearly every id is valid, which its bytes tell at once.
    if let first = id.utf8.first, first != UInt8(ascii: "-"), id.utf8.allSatisfy(isAllowed) {
      return nil
    }
    let allowed = id.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
    if id.isEmpty {
      return "an empty id; write one after the #, such as {#my-item}"
    }
    if !allowed || id.hasPrefix("-") {
      return "“\(id)” is not a valid id; use lower-case letters, digits and hyphens, such as "
        + "{#\(suggestion(for: id))}"
    }
    return nil
  }

  private static func isAllowed(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
  }

  /// A valid id close to `text`: its ASCII letters and digits in lower case, other runs of
  /// characters made hyphens.
  static func suggestion(for text: String) -> String {
    let words = text.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
    let id = words.joined(separator: "-")
    return id.isEmpty ? "my-item" : id
  }
}
