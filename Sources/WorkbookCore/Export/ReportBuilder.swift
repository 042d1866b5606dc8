/// Builds the report the Markdown and wikitext exports render: what the session holds, in the
/// order a reader wants it, with every unanswered part said to be unanswered.
extension Report {
  /// `session` should already be prepared for export (see `Session.preparedForExport`), so that
  /// no name and no withheld score can reach the report; `scoresWithheld` says the scores were
  /// left out.
  init(
    session: Session, strategy: Strategy, generatedAt: String?, scoresWithheld: Bool,
    messages m: Messages
  ) {
    let analysis = ScoreAnalysis(session: session, strategy: strategy)
    var blocks: [ReportBlock] = [
      .heading(
        level: 1,
        text: session.title.trimmingSpaces().isEmpty ? m(.exportUntitledSession) : session.title)
    ]
    blocks.append(
      .bulletList(
        Report.facts(session: session, strategy: strategy, generatedAt: generatedAt, m)))
    blocks += Report.participants(session, m)
    blocks += Report.scores(
      session: session, strategy: strategy, analysis: analysis, withheld: scoresWithheld, m)
    if let comparison = session.comparisonWithEarlier(
      strategy: strategy, includingHiddenScores: !scoresWithheld)
    {
      blocks += Report.comparison(comparison, m)
    }
    blocks += Report.reflection(session: session, strategy: strategy, m)
    blocks += Report.recommendations(session: session, strategy: strategy, m)
    if let earlier = session.basedOn {
      blocks += Report.planReview(earlier, session: session, strategy: strategy, m)
    }
    blocks += Report.plan(session: session, strategy: strategy, m)
    blocks += Report.mismatches(session: session, strategy: strategy, m)
    blocks += Report.attribution(strategy, m)
    self.init(blocks: blocks)
  }

  static func notAnswered(_ m: Messages) -> ReportInline { .emphasis(m(.exportNotAnswered)) }

  private static func facts(
    session: Session, strategy: Strategy, generatedAt: String?, _ m: Messages
  ) -> [[ReportInline]] {
    let organization = session.organization.trimmingSpaces()
    var date = day(of: session.createdAt)
    if day(of: session.updatedAt) != date {
      date = m(.exportDateLastUpdated, date, day(of: session.updatedAt))
    }
    var facts: [[ReportInline]] = [
      [
        .strong(m(.exportFactOrganization)),
        organization.isEmpty ? .emphasis(m(.exportNotGiven)) : .text(organization),
      ],
      [.strong(m(.exportFactDate)), .text(date)],
      [
        .strong(m(.exportFactStrategy)),
        .text(
          m(
            .exportStrategyDescription, strategy.title, strategy.reportQuestion,
            session.contentVersion)),
      ],
      [.strong(m(.exportFactSource)), link(strategy.source.url)],
    ]
    if let translation = strategy.translation {
      // The content's words are a translation's: say whose, and which parts are not translated.
      facts.append(
        [
          .strong(m(.exportFactTranslation)),
          .text(
            translation.isComplete
              ? m(.exportTranslationDescription, translation.note, translation.language)
              : m(
                .exportTranslationIncomplete, translation.note, translation.language,
                translation.untranslatedIDs.joined(separator: ", "))),
        ])
    }
    facts += [
      [
        .strong(m(.exportFactMode)),
        .text(session.mode == .workshop ? m(.exportModeWorkshop) : m(.exportModeSolo)),
      ]
    ]
    if let generatedAt { facts.append([.strong(m(.exportFactGenerated)), .text(generatedAt)]) }
    return facts
  }

  private static func participants(_ session: Session, _ m: Messages) -> [ReportBlock] {
    var blocks: [ReportBlock] = [
      .heading(
        level: 2,
        text: session.mode == .solo
          ? m(.exportHeadingParticipantSolo) : m(.exportHeadingParticipants))
    ]
    if session.participants.isEmpty {
      blocks.append(.paragraph([.emphasis(m(.exportNoParticipants))]))
      return blocks
    }
    if session.anonymous {
      blocks.append(
        .paragraph([.text(m(.exportAnonymousNote))]))
    }
    let names = session.displayNamesByID()
    blocks.append(
      .bulletList(session.participants.map { [.text(names[$0.id] ?? $0.name)] }))
    return blocks
  }

  private static func reflection(session: Session, strategy: Strategy, _ m: Messages)
    -> [ReportBlock]
  {
    var blocks: [ReportBlock] = [.heading(level: 2, text: m(.exportHeadingReflection))]
    for (index, question) in strategy.reflectionQuestions.enumerated() {
      blocks.append(.heading(level: 3, text: "\(index + 1). \(question.text)"))
      let answer = session.reflection[question.id] ?? ReflectionAnswer()
      if let choice = answer.choice {
        let label = question.quickChoice?.options.first { $0.id == choice }?.label ?? choice
        blocks.append(.paragraph([.strong(m(.exportQuickAnswer)), .text(label)]))
      }
      if !answer.text.trimmingSpaces().isEmpty {
        blocks.append(.freeText(answer.text))
      } else if answer.choice == nil {
        blocks.append(.paragraph([notAnswered(m)]))
      }
    }
    return blocks
  }

  private static func plan(session: Session, strategy: Strategy, _ m: Messages) -> [ReportBlock] {
    var blocks: [ReportBlock] = [.heading(level: 2, text: m(.exportHeadingPlan))]
    guard !session.plan.isEmpty else {
      blocks.append(.paragraph([.emphasis(m(.exportNoPlanRows))]))
      return blocks
    }
    let columns = strategy.plan.columns
    let linksRecommendations = session.plan.contains { $0.recommendationID != nil }
    let carriesRows = session.plan.contains { $0.carriedFrom != nil }
    var header = columns.map(\.title)
    if linksRecommendations { header.append(m(.exportColumnFromRecommendation)) }
    if carriesRows { header.append(m(.exportColumnCarriedFrom)) }
    let earlierRows = session.basedOn?.snapshot.plan ?? []
    let rows = session.plan.map { row in
      var cells = columns.map { row[$0.id] }
      if linksRecommendations {
        cells.append(row.recommendationID.map { strategy.recommendation(id: $0)?.text ?? $0 } ?? "")
      }
      if carriesRows {
        cells.append(
          row.carriedFrom.map { id in
            earlierRows.firstIndex { $0.id == id }.map { m(.exportEarlierRowNumber, $0 + 1) } ?? id
          } ?? "")
      }
      return cells
    }
    blocks.append(.table(ReportTable(header: header, rows: rows)))
    return blocks
  }

  /// Answers whose ids the content no longer has: kept in the session, so shown here too.
  private static func mismatches(session: Session, strategy: Strategy, _ m: Messages)
    -> [ReportBlock]
  {
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
            status(review.status, m),
            review.priority.map { m(.exportMismatchPriority, priority($0, m)) } ?? "",
            review.note,
          ]
          rows.append([mismatch.description, parts.filter { !$0.isEmpty }.joined(separator: "\n")])
        }
        for (index, row) in session.plan.enumerated() where row.recommendationID == mismatch.id {
          rows.append([mismatch.description, m(.exportMismatchPlanRowFrom, index + 1)])
        }
      case .planColumn:
        for (index, row) in session.plan.enumerated() {
          if let text = row.cells[mismatch.id] {
            rows.append([mismatch.description, m(.exportMismatchPlanCell, index + 1, text)])
          }
        }
      }
    }
    return [
      .heading(level: 2, text: m(.exportHeadingMismatches)),
      .paragraph([.text(m(.exportMismatchesNote, strategy.version))]),
      .table(
        ReportTable(header: [m(.exportColumnRefersTo), m(.exportColumnAnswer)], rows: rows)),
    ]
  }

  private static func attribution(_ strategy: Strategy, _ m: Messages) -> [ReportBlock] {
    [
      .heading(level: 2, text: m(.exportHeadingAboutContent)),
      .bulletList([
        [.strong(m(.exportFactStrategy)), .text(strategy.title)],
        [.strong(m(.exportFactSource)), link(strategy.source.url)],
        [.strong(m(.exportAttribution)), .text(strategy.source.attribution)],
        [.strong(m(.exportLicence)), .text(strategy.source.licence)]
          + (strategy.source.licenceURL.map { [.text(" "), link($0)] } ?? []),
        [.strong(m(.exportContentVersion)), .text(strategy.version)],
        [.strong(m(.exportWorkbookOwn)), .text(m(.exportWorkbookOwnText))],
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
