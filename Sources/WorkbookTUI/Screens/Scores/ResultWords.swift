import WorkbookCore

// How the Results' words read in the screens' language: the model's own labels are English.

extension Band {
  func text(_ messages: Messages) -> String {
    messages(self == .high ? .stepsBandHigh : .stepsBandLow)
  }
}

extension Agreement {
  func text(_ messages: Messages) -> String {
    messages(self == .consensus ? .stepsAgreementConsensus : .stepsAgreementVariance)
  }
}

extension NotComparedReason {
  func text(_ messages: Messages) -> String {
    switch self {
    case .differentStrategy: messages(.stepsNotComparedDifferentStrategy)
    case .notInEarlier: messages(.stepsNotComparedNotInEarlier)
    case .notInLater: messages(.stepsNotComparedNotInLater)
    case .reworded: messages(.stepsNotComparedReworded)
    case .earlierNotRevealed: messages(.stepsNotComparedEarlierNotRevealed)
    case .laterNotRevealed: messages(.stepsNotComparedLaterNotRevealed)
    }
  }
}
