import WorkbookCore
import WorkbookWorkflow

/// Why an effect performer could not create the session asked for, in words for the user.
struct CreationRefusal: Error {
  var message: String
}

extension NewSessionRequest {
  /// The session to create, not yet saved, made by the workflow's rule (`draft(strategy:earlier:)`)
  /// and refused in the same words by every performer. `strategy` is the content's strategy of
  /// `strategyID`, nil when the content has none; `readEarlier` reads the session `basedOnID`
  /// names, or says why it cannot. Refusals are in the language of `messages`.
  func sessionToCreate(
    strategy: Strategy?, messages: Messages,
    readEarlier: (String) throws(CreationRefusal) -> Session
  ) throws(CreationRefusal) -> Session {
    guard let strategy else {
      throw CreationRefusal(message: messages(.workshopNoSuchStrategy, strategyID))
    }
    var earlier: Session?
    if let basedOnID { earlier = try readEarlier(basedOnID) }
    do throws(SessionBasedOnEarlier.Refusal) {
      return try draft(strategy: strategy, earlier: earlier)
    } catch {
      throw CreationRefusal(message: error.text(messages))
    }
  }
}
