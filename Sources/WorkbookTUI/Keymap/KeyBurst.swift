/// Keys that arrived together (`TerminalEvent.burst`), taken one at a time, each in the state the
/// one before left. They were typed faster than the screen took them (a fast typist, a slow
/// connection), or pasted into a terminal that does not mark pastes; three rules keep a paste from
/// running commands, and any burst from asking for a destructive action and confirming it:
///
/// - Outside a text field, a run of three or more characters with no other key between, not all
///   the same (words: "Try yes"), is pasted text: neither it nor anything after it is taken. Keys
///   typed ahead come one or two between Enter, Tab and the arrows, or as one key held down.
/// - While a question is on screen (`KeyContext.isQuestion`: a y/n dialog, passing the keyboard,
///   checking a turn, discarding changes) no key of a burst is taken: a key that opens one ends
///   the burst, so only a key pressed alone answers.
/// - A destructive, revealing or leaving action (`Action.needsAKeyOfItsOwn`) is not taken from a
///   burst, nor anything after it.
///
/// In a text field a run of characters goes in at once, as one paste. Keys that mean nothing
/// where they arrive are passed over, as a single key would be.
public struct KeyBurst: Sendable {
  private let keys: [Key]
  private var position = 0
  /// For each position, whether a run of characters that reads as text starts there (the first
  /// rule), found in one pass so a long paste costs no more than its length.
  private let textStarts: [Bool]

  /// The shortest run of characters, not all the same, that reads as text.
  static let textRun = 3

  public init(_ keys: [Key]) {
    self.keys = keys
    var textStarts = [Bool](repeating: false, count: keys.count)
    // From the end: the length of the run of characters starting at each position, and whether
    // it holds two different ones.
    var run = 0
    var mixed = false
    for index in keys.indices.reversed() {
      guard case .character(let character) = keys[index] else {
        (run, mixed) = (0, false)
        continue
      }
      if case .character(let following)? = keys[safe: index + 1], following != character {
        mixed = true
      }
      run += 1
      textStarts[index] = run >= Self.textRun && mixed
    }
    self.textStarts = textStarts
  }

  /// The action for the next key taken, a refusal that ends the burst (the status line says
  /// why), or nil when the burst is over.
  public mutating func nextAction(in state: AppState) -> Action? {
    while position < keys.count {
      if Keymap.asksQuestion(in: state) { return end(.question) }
      let key = keys[position]
      let takesText = Keymap.takesText(in: state)
      if !takesText, textStarts[position] { return end(.pastedText) }
      let action: Action?
      if takesText, case .character = key {
        action = Keymap.action(for: takeCharacterRun(), in: state)
      } else {
        position += 1
        action = Keymap.action(for: key, in: state)
      }
      guard let action else { continue }
      if action.needsAKeyOfItsOwn { return end(.notAlone(key)) }
      return action
    }
    return nil
  }

  /// The characters from the current position up to the next other key, as one key.
  private mutating func takeCharacterRun() -> Key {
    var text = ""
    while case .character(let character)? = keys[safe: position] {
      text.append(character)
      position += 1
    }
    return text.count == 1 ? .character(Character(text)) : .paste(text)
  }

  private mutating func end(_ refusal: InputRefusal) -> Action {
    position = keys.count
    return .refused(refusal)
  }
}

extension Action {
  /// Whether the action deletes, reveals, confirms or leaves, and so is taken only from a key
  /// pressed alone, never from keys that came together. Actions that only open a question are not
  /// here: the question stops the burst. Edits that undo reverses (a score, a mark) are not here.
  var needsAKeyOfItsOwn: Bool {
    switch self {
    case .undo, .redo, .quit, .interrupt: true
    case .start(.confirmDelete): true
    case .newSession(.removeParticipant): true
    case .scores(.beginTurn), .scores(.confirm), .scores(.confirmReveal),
      .scores(.confirmRestart):
      true
    case .plan(.deleteRow): true
    case .export(.confirmOverwrite): true
    default: false
    }
  }
}
