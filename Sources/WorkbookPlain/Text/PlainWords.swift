import WorkbookCore

/// The plain mode's words for the model's values (an answer, a mark, a priority, a band) and for
/// lists, from the messages in the language the workbook was started in.
extension Messages {
  /// "4", "don't know", "not applicable".
  func answer(_ answer: ScoreAnswer) -> String {
    switch answer {
    case .score(let value): String(value)
    case .dontKnow: self(.plainAnswerDontKnow)
    case .notApplicable: self(.plainAnswerNotApplicable)
    }
  }

  /// An answer, or "not answered".
  func answer(_ answer: ScoreAnswer?) -> String {
    answer.map(self.answer) ?? self(.plainAnswerNotAnswered)
  }

  /// A recommendation's mark, in the exports' words.
  func status(_ status: ReviewStatus) -> String {
    switch status {
    case .notReviewed: self(.exportStatusNotReviewed)
    case .alreadyDoing: self(.exportStatusAlreadyDoing)
    case .tryNext: self(.exportStatusTryNext)
    case .notForNow: self(.exportStatusNotForNow)
    case .notApplicable: self(.exportStatusNotApplicable)
    }
  }

  /// A recommendation's priority, in the exports' words, or "none".
  func priority(_ priority: Priority?) -> String {
    switch priority {
    case .high?: self(.exportPriorityHigh)
    case .medium?: self(.exportPriorityMedium)
    case .low?: self(.exportPriorityLow)
    case nil: self(.plainPriorityNone)
    }
  }

  /// A band or an agreement in the results table, in the exports' words.
  func band(_ band: Band) -> String {
    band == .high ? self(.exportBandHigh) : self(.exportBandLow)
  }

  func agreement(_ agreement: Agreement) -> String {
    agreement == .consensus ? self(.exportAgreementConsensus) : self(.exportAgreementVariance)
  }

  /// "Ana and Bo and Chen".
  func joinedWithAnd(_ items: [String]) -> String {
    items.dropFirst().reduce(items.first ?? "") { self(.plainListAnd, $0, $1) }
  }

  /// "Gatherings; Communication online".
  func joinedWithSemicolons(_ items: [String]) -> String {
    items.dropFirst().reduce(items.first ?? "") { self(.plainListSemicolon, $0, $1) }
  }

  /// What a character a one-line name may not hold is ("a tab"), as `LineText` sorts them.
  func characterKind(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x0A, 0x0D: self(.plainCharacterLineBreak)
    case 0x09: self(.plainCharacterTab)
    case 0x1B: self(.plainCharacterEscape)
    case 0x2028, 0x2029: self(.plainCharacterLineSeparator)
    case 0x202A...0x202E, 0x2066...0x2069: self(.plainCharacterDirection)
    default: self(.plainCharacterControl)
    }
  }
}
