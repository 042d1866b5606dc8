/// The message syntax of MediaWiki and banana.js, the part the workbook uses: `$1`, `$2` … for
/// parameters, `{{PLURAL:$1|one form|other form}}` (forms in the order of the language's CLDR
/// categories, the last form for any category beyond them, and explicit `12=…` forms), and
/// `{{GENDER:$1|male|female|unknown}}`, of which the workbook, which knows no one's gender,
/// always takes the unknown form (the first form when only one or two are given).
///
/// Parameters are put in after the message is read, never read as syntax themselves: a name
/// typed as "{{PLURAL:…}}" or "$1" comes out as typed.
enum MessageFormat {
  static func render(_ text: String, arguments: [String], plural: PluralRules) -> String {
    let dollar = UInt8(ascii: "$")
    let brace = UInt8(ascii: "{")
    var output = ""
    var rest = Substring(text)
    while let first = rest.utf8.first {
      if first == brace, rest.hasPrefix("{{"), let (inner, after) = construct(rest) {
        output += renderConstruct(inner, arguments: arguments, plural: plural)
        rest = after
      } else if first == dollar, let (number, after) = parameter(rest),
        arguments.indices.contains(number - 1)
      {
        output += arguments[number - 1]
        rest = after
      } else {
        // The text up to the next "$" or "{" is taken whole: found by their bytes (both are
        // ASCII), not character by character, as a screen renders its messages on every frame.
        let end = rest.utf8.dropFirst().firstIndex { $0 == dollar || $0 == brace } ?? rest.endIndex
        // append(contentsOf:) of a Substring, not the generic `+=` of any sequence.
        output.append(contentsOf: rest[..<end])
        rest = rest[end...]
      }
    }
    return output
  }

  /// The parameters a message uses ($1 → 1), in and out of its constructs.
  static func parameters(of text: String) -> Set<Int> {
    var found: Set<Int> = []
    var rest = Substring(text)
    while !rest.isEmpty {
      if let (number, after) = parameter(rest) {
        found.insert(number)
        rest = after
      } else {
        rest.removeFirst()
      }
    }
    return found
  }

  /// What is wrong with a message's syntax, said for its translator; empty when nothing is.
  static func problems(in text: String) -> [String] {
    var problems: [String] = []
    var rest = Substring(text)
    while let start = rest.firstRange(of: "{{") {
      rest = rest[start.lowerBound...]
      guard let (inner, after) = construct(rest) else {
        problems.append("a “{{” has no matching “}}”; close it or remove it")
        break
      }
      let parts = split(inner)
      let name = parts[0].prefix { $0 != ":" }.uppercased()
      if name == "PLURAL" || name == "GENDER" {
        let argument = String(parts[0].drop { $0 != ":" }.dropFirst()).trimmingSpaces()
        if argument.isEmpty && name == "PLURAL" {
          problems.append("{{PLURAL:…}} names no number; write it as {{PLURAL:$1|…|…}}")
        } else if parts.count < 2 {
          problems.append("{{\(name):\(argument)}} has no forms; list them after “|”")
        }
      } else {
        problems.append(
          "“{{\(parts[0])…}}” is not PLURAL or GENDER, the only constructs the workbook reads")
      }
      rest = after
    }
    let opening = text.count { $0 == "{" }
    if problems.isEmpty, text.contains("}}"), text.count(where: { $0 == "}" }) > opening {
      problems.append("a “}}” has no matching “{{”; remove it")
    }
    return problems
  }

  private static func renderConstruct(
    _ inner: Substring, arguments: [String], plural: PluralRules
  ) -> String {
    let parts = split(inner)
    let head = parts[0]
    let name = head.prefix { $0 != ":" }.uppercased()
    let argument = render(
      String(head.drop { $0 != ":" }.dropFirst()), arguments: arguments, plural: plural
    ).trimmingSpaces()
    var forms = Array(parts.dropFirst())
    switch name {
    case "PLURAL" where !forms.isEmpty:
      let number = Int(argument) ?? 0
      if let explicit = forms.first(where: { $0.hasPrefix("\(number)=") }) {
        return render(
          String(explicit.drop { $0 != "=" }.dropFirst()), arguments: arguments, plural: plural)
      }
      forms.removeAll { form in
        form.firstIndex(of: "=").map { Int(form[..<$0]) != nil } ?? false
      }
      guard !forms.isEmpty else { return "" }
      let index = plural.categories.firstIndex(of: plural.category(of: number)) ?? 0
      return render(
        String(forms[min(index, forms.count - 1)]), arguments: arguments, plural: plural)
    case "GENDER" where !forms.isEmpty:
      return render(
        String(forms.count >= 3 ? forms[2] : forms[0]), arguments: arguments, plural: plural)
    default:
      return "{{" + String(inner) + "}}"
    }
  }

  /// A construct "{{…}}" at the start of `text`, nested ones included: its inside and what
  /// follows it.
  private static func construct(_ text: Substring) -> (Substring, Substring)? {
    var depth = 0
    var index = text.startIndex
    while index < text.endIndex {
      let rest = text[index...]
      if rest.hasPrefix("{{") {
        depth += 1
        index = text.index(index, offsetBy: 2)
      } else if rest.hasPrefix("}}") {
        depth -= 1
        let end = text.index(index, offsetBy: 2)
        if depth == 0 {
          return (text[text.index(text.startIndex, offsetBy: 2)..<index], text[end...])
        }
        index = end
      } else {
        index = text.index(after: index)
      }
    }
    return nil
  }

  /// The parts of a construct's inside between top-level "|".
  private static func split(_ inner: Substring) -> [Substring] {
    var parts: [Substring] = []
    var depth = 0
    var start = inner.startIndex
    var index = inner.startIndex
    while index < inner.endIndex {
      let rest = inner[index...]
      if rest.hasPrefix("{{") {
        depth += 1
        index = inner.index(index, offsetBy: 2)
        continue
      }
      if rest.hasPrefix("}}") {
        depth -= 1
        index = inner.index(index, offsetBy: 2)
        continue
      }
      if inner[index] == "|" && depth == 0 {
        parts.append(inner[start..<index])
        start = inner.index(after: index)
      }
      index = inner.index(after: index)
    }
    parts.append(inner[start...])
    return parts
  }

  /// A parameter "$12" at the start of `text`: its number and what follows it.
  private static func parameter(_ text: Substring) -> (Int, Substring)? {
    guard text.first == "$" else { return nil }
    // ASCII digits, read by their bytes.
    let digits = text.utf8.dropFirst().prefix {
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
    }
    guard let number = Int(Substring(digits)), number > 0 else { return nil }
    return (number, text[digits.endIndex...])
  }
}
