/// The JSON export: a `SessionExportDocument`, pretty-printed with sorted keys so that it diffs
/// well and is byte for byte the same for the same session (see `JSONText`).
enum JSONExporter {
  static func export(
    session: Session, strategy: Strategy, generatedAt: String?, scoresHidden: Bool
  ) throws -> String {
    let document = SessionExportDocument(
      session: session, strategy: strategy, generatedAt: generatedAt, scoresHidden: scoresHidden)
    return try JSONText.encode(document) + "\n"
  }
}
