/// The key of a member of an object in a session file, as the session reader matches it against
/// the names of the model's fields (`case "id":` in a switch): the bytes written between its
/// quotes when it has no escape, nearly always, so that no string is made for it; or the text
/// its escapes stand for, which is compared as text.
enum FieldName {
  case bytes(UnsafeBufferPointer<UInt8>)
  case text(String)

  /// The key as text, as a dictionary holds it.
  var text: String {
    switch self {
    case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
    case .text(let text): text
    }
  }

  static func ~= (name: StaticString, key: FieldName) -> Bool {
    switch key {
    case .bytes(let bytes):
      name.withUTF8Buffer { name in
        name.count == bytes.count && name.elementsEqual(bytes)
      }
    case .text(let text): text == name.description
    }
  }
}
