import FoundationEssentials
import WorkbookCore

/// A session as an organization sends it in: the workbook's own JSON export
/// (docs/export-json.md). Only what a summary needs is read (the format, its schema version and
/// the session), so an export with fields this workbook does not know still reads.
enum ExportedSessionFile {
  /// The session of an export's bytes, or nil when they are not an export (no `format` of
  /// `workbook-session-export`). An export whose scores were withheld holds none, and its
  /// session says they are hidden.
  static func decode(_ bytes: [UInt8]) throws(SessionFileProblem) -> Session? {
    let decoder = JSONDecoder()
    guard let probe = try? decoder.decode(FormatProbe.self, from: Data(bytes)),
      probe.format == SessionExportDocument.currentFormat
    else { return nil }
    guard let version = probe.schemaVersion else {
      throw .invalidField(path: "schemaVersion", detail: "is missing")
    }
    guard version <= SessionExportDocument.currentSchemaVersion else {
      throw .invalidField(
        path: "schemaVersion",
        detail: "is \(version), from a newer workbook; this one reads exports up to "
          + "\(SessionExportDocument.currentSchemaVersion). Update the workbook to read it")
    }
    do {
      return try decoder.decode(Export.self, from: Data(bytes)).session
    } catch {
      throw SessionFileFormat.problem(from: error)
    }
  }

  private struct FormatProbe: Decodable {
    var format: String?
    var schemaVersion: Int?
  }

  private struct Export: Decodable {
    var session: Session
  }
}

extension SessionStore {
  /// A session file or a JSON export of one, read without a lock: what `workbook summary`
  /// takes, so that organizations can send in exports instead of their session files.
  public func loadSessionOrExport(_ path: String) throws(SessionStoreError) -> Session {
    let bytes = try readBytes(path)
    do throws(SessionFileProblem) {
      if let exported = try ExportedSessionFile.decode(bytes) { return exported }
      return try SessionFileFormat.decode(bytes) { strategyID in
        content()?.strategy(id: strategyID)?.scoreItems.map(\.id)
      }.session
    } catch {
      throw .unreadable(path: path, problem: error)
    }
  }
}
