/// Builds the report the Markdown and wikitext exports render: what the session holds, in the
/// order a reader wants it, with every unanswered part said to be unanswered.
extension Report {
  /// `session` should already be prepared for export (see `Session.preparedForExport`), so that
  /// no name and no withheld score can reach the report; `scoresWithheld` says the scores were
  /// left out.
  init(session: Session, strategy: Strategy, generatedAt: String?, scoresWithheld: Bool) {
    let analysis = ScoreAnalysis(session: session, strategy: strategy)
    var blocks: [ReportBlock] = [
      .heading(
        level: 1, text: session.title.trimmingSpaces().isEmpty ? "Untitled session" : session.title)
    ]
    blocks.append(
      .bulletList(Report.facts(session: session, strategy: strategy, generatedAt: generatedAt)))
    blocks += Report.participants(session)
    blocks += Report.scores(
      session: session, strategy: strategy, analysis: analysis, withheld: scoresWithheld)
    if let comparison = session.comparisonWithEarlier(
      strategy: strategy, includingHiddenScores: !scoresWithheld)
    {
      blocks += Report.comparison(comparison)
    }
    blocks += Report.reflection(session: session, strategy: strategy)
    blocks += Report.recommendations(session: session, strategy: strategy)
    if let earlier = session.basedOn {
      blocks += Report.planReview(earlier, session: session, strategy: strategy)
    }
    blocks += Report.plan(session: session, strategy: strategy)
    blocks += Report.mismatches(session: session, strategy: strategy)
    blocks += Report.attribution(strategy)
    self.init(blocks: blocks)
  }

  static let notAnswered = ReportInline.emphasis("Not answered yet.")

  private static func facts(session: Session, strategy: Strategy, generatedAt: String?)
    -> [[ReportInline]]
  {
    let organization = session.organization.trimmingSpaces()
    var date = day(of: session.createdAt)
    if day(of: session.updatedAt) != date {
      date += " (last updated \(day(of: session.updatedAt)))"
    }
    var facts: [[ReportInline]] = [
      [
        .strong("Organization:"),
        organization.isEmpty ? .emphasis("Not given.") : .text(organization),
      ],
      [.strong("Date:"), .text(date)],
      [
        .strong("Strategy:"),
        .text(
          "\(strategy.title) (question \(strategy.reportQuestion) of the Organizational "
            + "Effectiveness questionnaire; content version \(session.contentVersion))"),
      ],
      [.strong("Source:"), link(strategy.source.url)],
    ]
    if let translation = strategy.translation {
      // The content's words are a translation's: say whose, and which parts are not translated.
      let untranslated =
        translation.isComplete
        ? ""
        : "; not translated, so in the source’s words: "
          + translation.untranslatedIDs.joined(separator: ", ")
      facts.append(
        [
          .strong("Translation:"),
          .text("\(translation.note) (\(translation.language))\(untranslated)"),
        ])
    }
    facts += [
      [
        .strong("Mode:"),
        .text(session.mode == .workshop ? "Team workshop" : "Solo self-assessment"),
      ]
    ]
    if let generatedAt { facts.append([.strong("Generated:"), .text(generatedAt)]) }
    return facts
  }

  private static func participants(_ session: Session) -> [ReportBlock] {
    var blocks: [ReportBlock] = [
      .heading(level: 2, text: session.mode == .solo ? "Participant" : "Participants")
    ]
    if session.participants.isEmpty {
      blocks.append(.paragraph([.emphasis("No participants yet.")]))
      return blocks
    }
    if session.anonymous {
      blocks.append(
        .paragraph([
          .text("This session is anonymous: participants are shown by number, never by name.")
        ]))
    }
    let names = session.displayNamesByID()
    blocks.append(
      .bulletList(session.participants.map { [.text(names[$0.id] ?? $0.name)] }))
    return blocks
  }

  private static func reflection(session: Session, strategy: Strategy) -> [ReportBlock] {
    var blocks: [ReportBlock] = [.heading(level: 2, text: "Reflection")]
    for (index, question) in strategy.reflectionQuestions.enumerated() {
      blocks.append(.heading(level: 3, text: "\(index + 1). \(question.text)"))
      let answer = session.reflection[question.id] ?? ReflectionAnswer()
      if let choice = answer.choice {
        let label = question.quickChoice?.options.first { $0.id == choice }?.label ?? choice
        blocks.append(.paragraph([.strong("Quick answer:"), .text(label)]))
      }
      if !answer.text.trimmingSpaces().isEmpty {
        blocks.append(.freeText(answer.text))
      } else if answer.choice == nil {
        blocks.append(.paragraph([notAnswered]))
      }
    }
    return blocks
  }

  private static func plan(session: Session, strategy: Strategy) -> [ReportBlock] {
    var blocks: [ReportBlock] = [.heading(level: 2, text: "Capacity building plan")]
    guard !session.plan.isEmpty else {
      blocks.append(.paragraph([.emphasis("No plan rows yet.")]))
      return blocks
    }
    let columns = strategy.plan.columns
    let linksRecommendations = session.plan.contains { $0.recommendationID != nil }
    let carriesRows = session.plan.contains { $0.carriedFrom != nil }
    var header = columns.map(\.title)
    if linksRecommendations { header.append("From recommendation") }
    if carriesRows { header.append("Carried on from") }
    let earlierRows = session.basedOn?.snapshot.plan ?? []
    let rows = session.plan.map { row in
      var cells = columns.map { row[$0.id] }
      if linksRecommendations {
        cells.append(row.recommendationID.map { strategy.recommendation(id: $0)?.text ?? $0 } ?? "")
      }
      if carriesRows {
        cells.append(
          row.carriedFrom.map { id in
            earlierRows.firstIndex { $0.id == id }.map { "Earlier row \($0 + 1)" } ?? id
          } ?? "")
      }
      return cells
    }
    blocks.append(.table(ReportTable(header: header, rows: rows)))
    return blocks
  }

  /// Answers whose ids the content no longer has: kept in the session, so shown here too.
  private static func mismatches(session: Session, strategy: Strategy) -> [ReportBlock] {
    let mismatches = ContentMismatch.find(in: session, against: strategy)
    guard !mismatches.isEmpty else { return [] }
    var rows: [[String]] = []
    let names = session.displayNamesByID()
    for mismatch in mismatches {
      switch mismatch.kind {
      case .scoreItem:
        for participant in session.participants {
          if let answer = participant.scores[mismatch.id] {
            rows.append([
              mismatch.description, "\(names[participant.id] ?? participant.name): \(answer.token)",
            ])
          }
        }
      case .reflectionQuestion:
        let answer = session.reflection[mismatch.id] ?? ReflectionAnswer()
        rows.append([
          mismatch.description,
          [answer.choice ?? "", answer.text].filter { !$0.isEmpty }.joined(separator: "\n"),
        ])
      case .recommendation:
        if let review = session.reviews[mismatch.id] {
          let parts = [
            review.status.label, review.priority.map { "\($0.label) priority" } ?? "", review.note,
          ]
          rows.append([mismatch.description, parts.filter { !$0.isEmpty }.joined(separator: "\n")])
        }
        for (index, row) in session.plan.enumerated() where row.recommendationID == mismatch.id {
          rows.append([mismatch.description, "Plan row \(index + 1) came from it"])
        }
      case .planColumn:
        for (index, row) in session.plan.enumerated() {
          if let text = row.cells[mismatch.id] {
            rows.append([mismatch.description, "Plan row \(index + 1): \(text)"])
          }
        }
      }
    }
    return [
      .heading(level: 2, text: "Answers the content no longer has"),
      .paragraph([
        .text(
          "These answers refer to parts of the strategy that its content (version "
            + "\(strategy.version)) no longer has. They are kept in the session.")
      ]),
      .table(ReportTable(header: ["Refers to", "Answer"], rows: rows)),
    ]
  }

  private static func attribution(_ strategy: Strategy) -> [ReportBlock] {
    [
      .heading(level: 2, text: "About the content"),
      .bulletList([
        [.strong("Strategy:"), .text(strategy.title)],
        [.strong("Source:"), link(strategy.source.url)],
        [.strong("Attribution:"), .text(strategy.source.attribution)],
        [.strong("Licence:"), .text(strategy.source.licence)]
          + (strategy.source.licenceURL.map { [.text(" "), link($0)] } ?? []),
        [.strong("Content version:"), .text(strategy.version)],
        [.strong("This workbook's own:"), .text(ContentSource.workbookOwn)],
      ]),
    ]
  }

  private static func link(_ url: String) -> ReportInline {
    ReportInline.isLinkable(url) ? .link(url) : .text(url)
  }

  /// The day of an ISO 8601 time ("2026-11-25" of "2026-11-25T18:54:39Z"), or the text as it is.
  static func day(of time: String) -> String {
    let prefix = time.prefix(10)
    let isDay =
      prefix.count == 10
      && prefix.enumerated().allSatisfy { index, character in
        index == 4 || index == 7 ? character == "-" : character.isASCII && character.isNumber
      }
    return isDay ? String(prefix) : time
  }
}
