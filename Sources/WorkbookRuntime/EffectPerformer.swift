import WorkbookWorkflow

/// Performs the effects a front end asks for: the store-backed `StoreEffectPerformer`, or a test's
/// `InMemoryEffectPerformer`.
public protocol EffectPerformer {
  /// The result of `effect`, or nil for `.quit` and `.ringBell`, which the runtime handles.
  mutating func perform(_ effect: Effect) -> EffectResult?

  /// The session followed read-only, read again when its file has changed since it was last
  /// read (the terminal editing it saved); nil when it has not, or when none is followed.
  mutating func pollFollowedSession() -> EffectResult?
}
