import FoundationEssentials

/// The JSON export: a `SessionExportDocument`, pretty-printed with sorted keys so that it diffs
/// well and is byte for byte the same for the same session.
enum JSONExporter {
  static func export(
    session: Session, strategy: Strategy, generatedAt: String?, scoresHidden: Bool
  ) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let document = SessionExportDocument(
      session: session, strategy: strategy, generatedAt: generatedAt, scoresHidden: scoresHidden)
    return String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
  }
}
