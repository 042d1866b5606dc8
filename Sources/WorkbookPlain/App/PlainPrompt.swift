import WorkbookWorkflow

/// Where the person is: what the last prompt asked, and so what their next line answers.
public enum PlainPrompt: Sendable, Equatable {
  /// Waiting for the list of sessions or for a session to open.
  case waiting
  /// The numbered list of sessions, a new one, or quit.
  case start
  case newSession(NewSessionQuestion)
  /// The steps of the open session.
  case steps
  /// What the session is about, and the facilitator's notes.
  case overview
  /// The Scores step: who scores, the reveal, or the results once revealed.
  case scores
  /// Someone who has scored already, before the reveal: start again from a blank form?
  case confirmRestart(participantID: String)
  /// "Hand the keyboard to …": Enter when the person has it.
  case handOver(participantID: String)
  /// A person answering one score item (an index into the strategy's items).
  case scoring(participantID: String, item: Int)
  /// The person's own answers, to confirm.
  case review(participantID: String)
  /// The person left items unanswered and is asked once more.
  case confirmGaps(participantID: String)
  case confirmReveal
  /// After the reveal, who scores again.
  case chooseRescorer
  /// A reflection question (an index) and what can be done with it.
  case reflection(question: Int)
  case reflectionQuickChoice(question: Int)
  /// The recommendations, numbered.
  case recommendations
  /// One recommendation (an index into the strategy's list) and what can be done with it.
  case recommendation(index: Int)
  case plan
  /// Which row to change or delete.
  case planRow(PlanRowPurpose)
  /// Which cell of a row (an index) to write.
  case planColumn(row: Int)
  case export
  /// The file for the format chosen.
  case exportFileName(ExportChoice)
  /// The file exists: replace it?
  case exportOverwrite(ExportChoice, path: String)
  /// Multi-line text being typed, line by line, until a line holding only ".".
  case text(TextTarget)
  /// The workbook has left.
  case finished
}

/// The questions of a new session, one prompt each.
public enum NewSessionQuestion: Sendable, Equatable {
  case title
  case organization
  case mode
  case participants
  case anonymous
  case strategy
}

public enum PlanRowPurpose: Sendable, Equatable {
  case change
  case delete
  /// Move the row one place up, before the row above it.
  case moveUp
}

/// What a multi-line text being typed goes into.
public enum TextTarget: Sendable, Equatable {
  case reflectionAnswer(questionID: String)
  case recommendationNote(recommendationID: String)
  case planCell(rowID: String, columnID: String)
  /// The names of a new session's participants, one a line.
  case participantNames
  case facilitatorNotes
}
