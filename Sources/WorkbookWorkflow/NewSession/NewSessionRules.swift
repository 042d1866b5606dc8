import WorkbookCore

/// The rules a new session is made by, whichever front end asks: what it must have, and its
/// participants' ids.
public enum NewSessionRules {
  /// Every problem with these entries, in the order a person fixes them: the title, characters
  /// that may not be in a name, then the participants. Empty when the session can be made.
  /// Names are checked as given (a front end trims them with `trimmingSpaces()` first).
  public static func problems(
    title: String, organization: String, mode: SessionMode, participantNames names: [String]
  ) -> [NewSessionProblem] {
    var problems: [NewSessionProblem] = []
    if title.trimmingSpaces().isEmpty { problems.append(.emptyTitle) }
    // Names and titles show on every screen and in every export: a control character or a
    // direction override in one could hide or reorder what it says (see `LineText`).
    let texts: [(NewSessionProblem.Text, String)] =
      [(.title, title), (.organization, organization)]
      + names.enumerated().map { (.participant($0.offset), $0.element) }
    for (text, value) in texts where LineText.forbiddenScalar(in: value) != nil {
      problems.append(.forbiddenCharacter(in: text))
    }
    if names.isEmpty { problems.append(.noParticipants) }
    if let empty = names.firstIndex(where: { $0.trimmingSpaces().isEmpty }) {
      problems.append(.emptyName(empty))
    }
    if names.count > Session.maximumParticipants {
      problems.append(.tooManyParticipants(count: names.count))
    }
    var seen: Set<String> = []
    for (index, name) in names.enumerated() where !seen.insert(name.lowercased()).inserted {
      problems.append(.duplicateName(index, name: name))
    }
    if mode == .solo && names.count > 1 {
      problems.append(.soloWithMoreThanOne(count: names.count))
    }
    return problems
  }

  /// The participants for these names, in scoring order. Their ids are their place in that
  /// order ("p1", "p2"…), stable across renames.
  public static func participants(_ names: [String]) -> [Participant] {
    names.enumerated().map { Participant(id: "p\($0.offset + 1)", name: $0.element) }
  }
}
