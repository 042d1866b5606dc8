import Glibc
import Testing
import WorkbookTestSupport

/// Rounds of links, FIFOs, hard links, folders, large files and impostors at every name the
/// store uses in a sessions folder, with random operations beside them (`hostile-rounds` in
/// Tests/Support/ReliabilityHelper): no file outside the folder changes, nothing hangs or
/// swells, and every refusal names the folder.
@Suite struct HostileFolderRoundsTests {
  /// The victims' names bait the store: a session's, a lock's, a history version's.
  static let victimNames = ["hostile2.json", "hostile2.lock", "000001.json"]

  /// Every file under `folder`, without following links, with its bytes.
  private func snapshot(_ folder: String) throws -> [String: [UInt8]] {
    var files: [String: [UInt8]] = [:]
    for name in try TemporaryFolder.names(in: folder) {
      files[name] = TemporaryFolder.bytes(at: folder + "/" + name)
    }
    return files
  }

  @Test func nothingPutInTheFolderReachesFilesOutsideIt() throws {
    let sessions = TemporaryFolder.make()
    let victims = TemporaryFolder.make()
    for name in Self.victimNames {
      let descriptor = open(victims + "/" + name, O_WRONLY | O_CREAT, 0o600)
      let bytes = Array("\(name): not the workbook's\n".utf8)
      _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      close(descriptor)
    }
    let before = try snapshot(victims)
    let rounds = ReliabilityRun.count(short: 60, long: 5_000)

    let result = try WatchedProcess.run(
      [
        ChildProcess.builtBesideTests("ReliabilityHelper"), "hostile-rounds", sessions, victims,
        String(ReliabilityRun.seed), String(rounds),
      ], deadline: 600)

    let seed = "seed \(ReliabilityRun.seed)"
    #expect(!result.timedOut, "\(seed): the rounds did not end")
    #expect(result.status == 0, "\(seed): \(result.errors)")
    #expect(result.maximumResidentKiB < 100 * 1024, "\(seed): \(result.maximumResidentKiB) KiB")
    #expect(try snapshot(victims) == before, "\(seed): a file outside the folder changed")
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == rounds * 5, "\(seed)")
    let refused = lines.filter { $0.contains(": refused: ") }
    for line in refused {
      #expect(line.contains(sessions), "\(seed): a refusal that does not name the folder: \(line)")
    }
    // Both outcomes occur, so the rounds test something.
    #expect(!refused.isEmpty && refused.count < lines.count, "\(seed)")
  }
}
