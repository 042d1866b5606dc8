import WorkbookCore

// How a recommendation's mark and priority read in the screens' language: the model's own
// labels are English.

extension ReviewStatus {
  /// The mark as the list shows it ("Try next").
  func text(_ messages: Messages) -> String {
    switch self {
    case .notReviewed: messages(.stepsMarkNotReviewed)
    case .alreadyDoing: messages(.stepsMarkAlreadyDoing)
    case .tryNext: messages(.stepsMarkTryNext)
    case .notForNow: messages(.stepsMarkNotForNow)
    case .notApplicable: messages(.stepsMarkNotApplicable)
    }
  }

  /// "Last time: try next", under a recommendation of a session based on an earlier one; nil
  /// for a recommendation not reviewed then.
  func lastTime(_ messages: Messages) -> String? {
    switch self {
    case .notReviewed: nil
    case .alreadyDoing: messages(.stepsLastTimeAlreadyDoing)
    case .tryNext: messages(.stepsLastTimeTryNext)
    case .notForNow: messages(.stepsLastTimeNotForNow)
    case .notApplicable: messages(.stepsLastTimeNotApplicable)
    }
  }

  /// "2 try next": how many recommendations have the mark, for the counts line.
  func count(_ count: Int, _ messages: Messages) -> String {
    switch self {
    case .notReviewed: messages(.stepsCountNotReviewed, count)
    case .alreadyDoing: messages(.stepsCountAlreadyDoing, count)
    case .tryNext: messages(.stepsCountTryNext, count)
    case .notForNow: messages(.stepsCountNotForNow, count)
    case .notApplicable: messages(.stepsCountNotApplicable, count)
    }
  }
}

extension Priority {
  /// "Priority high", under a recommendation.
  func text(_ messages: Messages) -> String {
    switch self {
    case .high: messages(.stepsPriorityHigh)
    case .medium: messages(.stepsPriorityMedium)
    case .low: messages(.stepsPriorityLow)
    }
  }
}
