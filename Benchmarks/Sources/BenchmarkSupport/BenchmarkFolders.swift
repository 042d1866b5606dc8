import Glibc
import WorkbookCore
import WorkbookStore

/// Session folders for the benchmarks, made fresh under /tmp.
public enum BenchmarkFolders {
  public static func make(_ name: String) -> String {
    var template = Array("/tmp/workbook-bench-\(name)-XXXXXX".utf8CString)
    let created = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    precondition(created != nil, "mkdtemp failed")
    return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// A store holding one session with `participants` people, saved once; returns its path.
  public static func storeWithSession(participants: Int) -> (store: SessionStore, path: String) {
    let store = SessionStore(directory: make("store"))
    let session = BenchmarkFixtures.session(participants: participants)
    let path = store.path(forID: session.id)
    DurableWrite.replace(path, with: SessionFileFormat.encode(session))
    return (store, path)
  }

  /// A folder of `count` sessions of 3 to 12 participants, as a busy facilitator's might be;
  /// with `organizations`, spread over that many organizations (a hub's folder: most of them have
  /// more than one year's session).
  public static func sessions(count: Int, organizations: Int? = nil) -> String {
    let folder = make("list")
    let store = SessionStore(directory: folder)
    for index in 0..<count {
      var session = BenchmarkFixtures.session(
        participants: 3 + index % 10, planRows: index % 7, id: "s\(100_000 + index)")
      session.title = "Workshop \(index + 1)"
      session.updatedAt = "2026-11-\(10 + index % 15)T09:00:00Z"
      if let organizations { session.organization = "Affiliate \(index % organizations)" }
      let bytes = SessionFileFormat.encode(session)
      let descriptor = open(store.path(forID: session.id), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
      _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      close(descriptor)
    }
    return folder
  }
}
