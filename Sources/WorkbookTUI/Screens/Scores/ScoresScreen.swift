import WorkbookCore

/// The Scores step: whichever part of the scoring the phase is in. Before the reveal, only the
/// person whose turn it is sees answers, and only their own.
enum ScoresScreen {
  static func draw(
    _ workbook: WorkbookState, messages: Messages, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    let session = workbook.session
    switch workbook.scores.phase {
    case .main where session.scoresRevealed:
      // Figures, not prose: the Results take the terminal's whole width.
      let wide = ContentFrame(width: buffer.width, height: buffer.height, maximumWidth: .max)
      ResultsView.draw(workbook, into: &buffer, frame: wide)
    case .main where session.mode == .solo:
      SoloInvitationView.draw(workbook, into: &buffer, frame: frame)
    case .main, .choosingScorer:
      ScorersView.draw(workbook, into: &buffer, frame: frame)
    case .confirmingReveal:
      ScorersView.draw(workbook, into: &buffer, frame: frame)
      let finished = session.participants.count(where: \.finishedScoring)
      let everyone = session.participants.count
      let status =
        finished == everyone
        ? "Everyone has scored."
        : "\(finished) of \(everyone) have scored; the others can still score afterwards."
      Dialog.draw(
        [
          ("Reveal everyone's scores?", .heading),
          ("", .normal),
          ("Make sure everyone can see the screen. \(status)", .normal),
        ], keys: KeyBinding.revealConfirmation, messages: messages, into: &buffer,
        frame: frame)
    case .confirmingRestart(let id):
      ScorersView.draw(workbook, into: &buffer, frame: frame)
      let name = workbook.session.participant(id: id)?.name ?? ""
      Dialog.draw(
        [
          ("\(name) has already scored.", .heading),
          ("", .normal),
          (
            "Start \(name)'s turn again from a blank form? Their earlier answers will be cleared.",
            .normal
          ),
        ], keys: KeyBinding.restartConfirmation, messages: messages, into: &buffer,
        frame: frame)
    case .privacy(let id):
      PrivacyView.draw(
        name: workbook.session.participant(id: id)?.name ?? "", into: &buffer, frame: frame)
    case .scoring(let id, let item):
      guard let participant = workbook.session.participant(id: id) else { return }
      ScoringView.draw(
        participant, item: item, highlight: workbook.scores.highlight,
        strategy: workbook.strategy, into: &buffer, frame: frame)
    case .review(let id), .confirmingGaps(let id):
      guard let participant = workbook.session.participant(id: id) else { return }
      ReviewView.draw(
        participant, strategy: workbook.strategy, solo: session.mode == .solo,
        askingAgain: workbook.scores.phase != .review(participantID: id), messages: messages,
        into: &buffer, frame: frame)
    }
  }
}

extension ScoreAnswer {
  /// How an answer reads on screen.
  var displayText: String {
    switch self {
    case .score(let value): String(value)
    case .dontKnow: "don't know"
    case .notApplicable: "not applicable"
    }
  }
}
