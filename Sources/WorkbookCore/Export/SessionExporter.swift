/// The one way in to every export, for the command line and the export screen alike: a session
/// and its strategy in, the export's text out. Pure: writing the text is the caller's job, and the
/// session is never changed.
public enum SessionExporter {
  public static func export(
    _ session: Session, strategy: Strategy, format: ExportFormat,
    options: ExportOptions = ExportOptions()
  ) throws -> String {
    let session = session.preparedForExport()
    switch format {
    case .markdown:
      return MarkdownExporter.render(
        Report(session: session, strategy: strategy, generatedAt: options.generatedAt))
    case .wikitext:
      return WikitextExporter.render(
        Report(session: session, strategy: strategy, generatedAt: options.generatedAt))
    case .csv:
      let encoding = CSVEncoding(options: options)
      switch options.csvTable {
      case .scores:
        return CSVExporter.scores(session: session, strategy: strategy, encoding: encoding)
      case .plan: return CSVExporter.plan(session: session, strategy: strategy, encoding: encoding)
      }
    case .json:
      return try JSONExporter.export(
        session: session, strategy: strategy, generatedAt: options.generatedAt)
    }
  }
}

extension Session {
  /// The session as exports see it. In an anonymous session every participant becomes
  /// "Participant n" with the id "participant-n" (ids may have been made from names), so no name
  /// can reach any export, whatever the format.
  func preparedForExport() -> Session {
    guard anonymous else { return self }
    var copy = self
    copy.participants = participants.enumerated().map { index, participant in
      var anonymised = participant
      anonymised.id = "participant-\(index + 1)"
      anonymised.name = "Participant \(index + 1)"
      return anonymised
    }
    return copy
  }
}
