import WorkbookCore

/// The invocations that start the full-screen workbook: `workbook` and `workbook open SESSION`
/// (with or without `--read-only`), each with `--dir DIR`, `--content DIR` and `--language TAG`.
/// Recognised without swift-argument-parser, whose reflection over every command was a large
/// share of the first frame's time and memory.
///
/// Only argument lists it fully understands are claimed: each option once, as `--name VALUE` or
/// `--name=VALUE`, the flag once and bare, with plain values (not empty, not starting with "-",
/// not a subcommand's name) and a language that is a language tag. Anything else, `--help`, a
/// mistake or a completion request, is left to the argument parser, so its messages and exit
/// codes are the only ones. A table test holds the two to the same reading of every invocation
/// they share.
struct InteractiveInvocation: Equatable {
  /// What `workbook open` names (an id, a prefix of one, a path); nil for the start screen.
  var session: String?
  /// `workbook open --read-only`: follow the session without changing it.
  var readOnly = false
  var directory: String?
  var contentFolder: String?
  /// `--language TAG`: the language of the workbook's words and content.
  var language: String?

  init(
    session: String?, readOnly: Bool = false, directory: String?, contentFolder: String?,
    language: String?
  ) {
    self.session = session
    self.readOnly = readOnly
    self.directory = directory
    self.contentFolder = contentFolder
    self.language = language
  }

  /// The invocation `arguments` (without the program's name) is, or nil when the argument parser
  /// must read them.
  init?(arguments: [String]) {
    var rest = arguments[...]
    let opening = rest.first == "open"
    if opening { rest.removeFirst() }
    while let argument = rest.popFirst() {
      guard argument.hasPrefix("--") else {
        guard opening, session == nil, Self.isPlain(argument) else { return nil }
        session = argument
        continue
      }
      if argument == "--read-only" {
        guard opening, !readOnly else { return nil }
        readOnly = true
        continue
      }
      let name: Substring
      let value: String?
      if let equals = argument.firstIndex(of: "=") {
        name = argument[..<equals]
        value = String(argument[argument.index(after: equals)...])
      } else {
        name = argument[...]
        value = rest.popFirst()
      }
      guard let value, Self.isPlain(value) else { return nil }
      switch name {
      case "--dir" where directory == nil: directory = value
      case "--content" where contentFolder == nil: contentFolder = value
      // One that is not a tag is the parser's to refuse, with its message and exit code.
      case "--language" where language == nil && LanguageTag(value) != nil: language = value
      default: return nil
      }
    }
    guard !opening || session != nil else { return nil }
  }

  /// The words the argument parser reads as a command wherever they stand.
  private static let commandNames: Set<String> = [
    "open", "new", "list", "show", "scores", "reveal", "export", "content", "help",
  ]

  private static func isPlain(_ value: String) -> Bool {
    !value.isEmpty && !value.hasPrefix("-") && !commandNames.contains(value)
  }
}
