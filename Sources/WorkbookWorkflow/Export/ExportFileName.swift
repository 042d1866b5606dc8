/// An export's file names: the default one made from the session's title, and where a typed name
/// writes to. Plain string work; the run loop does the writing.
public enum ExportFileName {
  /// Names longer than this many UTF-8 bytes are cut, leaving room for the suffix and the
  /// extension under the usual 255-byte limit of a file name.
  public static let maximumStemBytes = 200

  /// The session's title as a file name: letters and digits of any script kept, every run of
  /// anything else (spaces, slashes, dots, emoji) one "-", none at either end; "session" when
  /// nothing is left. Then the choice's suffix and its format's extension.
  public static func defaultName(title: String, choice: ExportChoice) -> String {
    var stem = ""
    var pendingDash = false
    for character in title {
      if character.isLetter || character.isNumber || character == "_" {
        if pendingDash, !stem.isEmpty { stem.append("-") }
        pendingDash = false
        guard stem.utf8.count + String(character).utf8.count <= maximumStemBytes else { break }
        stem.append(character)
      } else {
        pendingDash = true
      }
    }
    if stem.isEmpty { stem = "session" }
    return stem + choice.fileNameSuffix + "." + choice.format.fileExtension
  }

  /// The absolute path a typed name writes to: as typed when it starts with "/", else in
  /// `folder`.
  public static func resolve(_ name: String, in folder: String) -> String {
    if name.hasPrefix("/") { return name }
    return folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// The name for another choice: its extension in place of the old one's, when the name had it.
  public static func renamed(_ name: String, from old: ExportChoice, to new: ExportChoice) -> String
  {
    let oldExtension = "." + old.format.fileExtension
    guard name.hasSuffix(oldExtension), name.count > oldExtension.count else { return name }
    return String(name.dropLast(oldExtension.count)) + "." + new.format.fileExtension
  }
}
