import FoundationEssentials

/// JSON as the workbook writes it: pretty-printed with sorted keys, and with every character a
/// terminal could act on written as a `\uXXXX` escape. JSONEncoder escapes the C0 controls but
/// leaves DEL, the C1 controls, direction controls and line separators raw; escaped, they decode
/// to the same text, so the JSON stays exact and is still safe to print.
public enum JSONText {
  public static func encode(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return escapingUnsafe(String(decoding: try encoder.encode(value), as: UTF8.self))
  }

  /// Encoded JSON with the unsafe characters left in its strings escaped. Outside strings the
  /// encoder writes only ASCII, and its line breaks are layout, so those stay.
  static func escapingUnsafe(_ json: String) -> String {
    let unsafe = { (scalar: Unicode.Scalar) in scalar != "\n" && TerminalText.isUnsafe(scalar) }
    guard json.unicodeScalars.contains(where: unsafe) else { return json }
    var result = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      if unsafe(scalar) {
        let digits = String(scalar.value, radix: 16)
        result.append(
          contentsOf: ("\\u" + String(repeating: "0", count: 4 - digits.count) + digits)
            .unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }
}
