/// The one way in to every export, for the command line and the export screen alike: a session
/// and its strategy in, the export's text out. Pure: writing the text is the caller's job, and the
/// session is never changed.
///
/// The privacy rules of every export live here, once: an anonymous session names no one, and
/// while the scores are hidden (`Session.scoresHidden`) an export holds nothing of them unless
/// `ExportOptions.includeUnrevealedScores` asks for them.
public enum SessionExporter {
  public static func export(
    _ session: Session, strategy: Strategy, format: ExportFormat,
    options: ExportOptions = ExportOptions()
  ) throws -> String {
    let withheld = withholdsScores(of: session, options: options)
    let session = session.preparedForExport(withholdingScores: withheld)
    switch format {
    case .markdown:
      return MarkdownExporter.render(
        Report(
          session: session, strategy: strategy, generatedAt: options.generatedAt,
          scoresWithheld: withheld, messages: options.messages))
    case .wikitext:
      return WikitextExporter.render(
        Report(
          session: session, strategy: strategy, generatedAt: options.generatedAt,
          scoresWithheld: withheld, messages: options.messages))
    case .csv:
      let encoding = CSVEncoding(options: options)
      switch options.csvTable {
      case .scores:
        return CSVExporter.scores(session: session, strategy: strategy, encoding: encoding)
      case .plan:
        return CSVExporter.plan(
          session: session, strategy: strategy, encoding: encoding, messages: options.messages)
      case .comparison:
        return CSVExporter.comparison(
          session.comparisonWithEarlier(strategy: strategy, includingHiddenScores: !withheld),
          encoding: encoding)
      case .planReview:
        return CSVExporter.planReview(session: session, strategy: strategy, encoding: encoding)
      }
    case .json:
      return try JSONExporter.export(
        session: session, strategy: strategy, generatedAt: options.generatedAt,
        scoresHidden: withheld)
    }
  }

  /// Whether an export of `session` with `options` leaves the scores out.
  public static func withholdsScores(of session: Session, options: ExportOptions) -> Bool {
    session.scoresHidden && !options.includeUnrevealedScores
  }

  /// Whether an export of `session` with `options` holds scores that are not revealed yet, which
  /// the caller should say out loud.
  public static func includesUnrevealedScores(of session: Session, options: ExportOptions)
    -> Bool
  {
    session.scoresHidden && options.includeUnrevealedScores
  }
}

extension Session {
  /// The session as exports see it.
  ///
  /// With `withholdingScores`, every participant's answers are left out (whether each has
  /// finished scoring stays), so nothing computed from the session can depend on them.
  ///
  /// In an anonymous session every participant becomes "Participant n" with the id
  /// "participant-n" (ids may have been made from names or the scoring order), listed by n, so no
  /// name and no scoring order can reach any export, whatever the format.
  func preparedForExport(withholdingScores: Bool) -> Session {
    var copy = self
    if withholdingScores {
      for index in copy.participants.indices { copy.participants[index].scores = [:] }
    }
    guard anonymous else { return copy }
    // Looked up by id, not searched for: a session may hold any number of participants.
    var byID: [String: Participant] = [:]
    for participant in copy.participants where byID[participant.id] == nil {
      byID[participant.id] = participant
    }
    let names = displayNamesByID()
    copy.participants = labelledParticipantIDs.enumerated().compactMap { index, id in
      guard var participant = byID[id] else { return nil }
      participant.name = names[id] ?? participant.name
      participant.id = "participant-\(index + 1)"
      return participant
    }
    copy.labelOrder = copy.participants.map(\.id)
    return copy
  }
}
