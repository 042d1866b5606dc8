import WorkbookCore

/// What stops a new session being created. Each front end words it for its own fields (a form's
/// field, a command-line option).
public enum NewSessionProblem: Sendable, Equatable {
  /// Which typed text a problem is in: participants by their place in the names given.
  public enum Text: Sendable, Equatable {
    case title
    case organization
    case participant(Int)
  }

  /// The title is empty once trimmed.
  case emptyTitle
  /// The text holds a character a one-line name may not (see `LineText`).
  case forbiddenCharacter(in: Text)
  case noParticipants
  /// The name at this place is empty.
  case emptyName(Int)
  /// More than `Session.maximumParticipants` names.
  case tooManyParticipants(count: Int)
  /// The name at this place is one given before it, ignoring case.
  case duplicateName(Int, name: String)
  /// A solo session was given more than one name.
  case soloWithMoreThanOne(count: Int)
}
