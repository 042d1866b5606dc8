import WorkbookCore

/// A value worked out from the session and its strategy alone, kept with the state so that a
/// frame reads it instead of working it out again (see `WorkbookState.Figures`). It is used only
/// for the session and strategy it was made from: `value(for:strategy:)` gives nothing for any
/// other, so a frame never shows a stale figure.
struct SessionDerived<Value: Sendable>: Sendable {
  private let session: Session
  private let strategy: Strategy
  private let value: Value

  init(session: Session, strategy: Strategy, make: (Session, Strategy) -> Value) {
    self.session = session
    self.strategy = strategy
    value = make(session, strategy)
  }

  /// The value, when it was made from `session` and `strategy`. The time of the last save is not
  /// compared: no figure reads it, and it changes at every save, after every change. Comparing
  /// costs little when nothing changed: the session's arrays, dictionaries and texts are then
  /// the very ones the value was made from, and Swift compares those by identity first.
  func value(for session: Session, strategy: Strategy) -> Value? {
    var compared = session
    compared.updatedAt = self.session.updatedAt
    return compared == self.session && strategy == self.strategy ? value : nil
  }
}
