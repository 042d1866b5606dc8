import Foundation
import Testing
import WorkbookTestSupport

/// The commands beside what someone else, or a careless hand, put in a sessions folder: a FIFO,
/// a link to /dev/zero and a 200 MB file named like sessions, a lock that is a link to another
/// file, a folder that is a file, cannot be read, or can be written by anyone. Each command
/// refuses what it cannot use, says so, and ends; its memory stays bounded and nothing outside
/// the folder changes. The commands run as child processes whose deadline is not a measure of
/// speed: it only turns a hang into a failure.
@Suite struct HostileFolderTests {
  private let folder: CommandFolder
  private let sessions: String
  private let content = Checkout.root.path + "/Content"
  /// Far above what the workbook needs (about 20 MB), far below a 200 MB file read whole.
  private let memoryBoundKiB = 100 * 1024

  init() throws {
    folder = try CommandFolder()
    sessions = folder.path("sessions")
  }

  private func workbook(_ arguments: [String]) throws -> WatchedProcess.Result {
    let result = try WatchedProcess.run(
      [Checkout.binary] + arguments + ["--dir", sessions, "--content", content])
    #expect(!result.timedOut, "workbook \(arguments.joined(separator: " ")) did not end")
    #expect(
      result.maximumResidentKiB < memoryBoundKiB,
      "workbook \(arguments.joined(separator: " ")) held \(result.maximumResidentKiB) KiB")
    return result
  }

  private func newSession() throws -> String {
    let created = try workbook(["new", "--title", "Real", "--participants", "Ana,Bo"])
    #expect(created.status == 0, "\(created.errors)")
    return created.output.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Every file under the test's folder but the sessions folder, with its bytes.
  private func outside() throws -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let name = enumerator?.nextObject() as? String {
      guard !name.hasPrefix("sessions"), !name.hasPrefix(".std") else { continue }
      let path = folder.path(name)
      var status = stat()
      guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
      files[name] = try Data(contentsOf: URL(fileURLWithPath: path))
    }
    return files
  }

  @Test func aFIFOALinkToDevZeroAndA200MBFileAreRefusedAndNothingHangs() throws {
    let id = try newSession()
    #expect(mkfifo(sessions + "/pipe.json", 0o600) == 0)
    #expect(symlink("/dev/zero", sessions + "/zero.json") == 0)
    let big = open(sessions + "/big.json", O_WRONLY | O_CREAT, 0o600)
    #expect(ftruncate(big, 200 << 20) == 0)
    close(big)
    try "participant,item,score\nAna,score-gatherings,4\n".write(
      toFile: folder.path("scores.csv"), atomically: true, encoding: .utf8)
    #expect(mkfifo(folder.path("pipe.csv"), 0o600) == 0)
    let before = try outside()

    let listed = try workbook(["list"])
    #expect(listed.status == 0)
    #expect(listed.output.contains("\(id)  Real"))
    #expect(listed.output.contains("pipe  BROKEN  \(sessions)/pipe.json: it is a FIFO"))
    #expect(listed.output.contains("zero  BROKEN  \(sessions)/zero.json: it is a symbolic link"))
    #expect(listed.output.contains("big  BROKEN  \(sessions)/big.json: the file holds 200.0 MiB"))

    for (name, reason) in [
      ("pipe", "it is a FIFO (named pipe), not a regular file"),
      ("zero", "it is a symbolic link to /dev/zero, not a regular file"),
      ("big", "the file holds 200.0 MiB, more than the 16.0 MiB a session file may hold"),
    ] {
      for command in [
        ["show", name], ["export", name, "--format", "json"],
        ["scores", "import", name, folder.path("scores.csv")],
      ] {
        let refused = try workbook(command)
        #expect(refused.status == 1, "\(command)")
        #expect(
          refused.errors.contains("cannot read the session \(sessions)/\(name).json: \(reason)"),
          "\(command): \(refused.errors)")
      }
      #expect(try workbook(["history", name]).status == 0)
      let compared = try workbook(["compare", name, id])
      #expect(compared.status == 1)
      #expect(compared.errors.contains(reason), "compare: \(compared.errors)")
    }
    // A summary of the folder skips each of them, naming it and why.
    let summary = try workbook(["summary"])
    #expect(summary.status == 0, "\(summary.errors)")
    for name in ["pipe", "zero", "big"] {
      #expect(summary.errors.contains("Skipped: cannot read the session \(sessions)/\(name).json"))
    }
    let pipeImport = try workbook(["scores", "import", id, folder.path("pipe.csv")])
    #expect(pipeImport.status == 1)
    #expect(pipeImport.errors.contains("it is a FIFO (named pipe), not a regular file"))
    #expect(try workbook(["show", id]).status == 0, "the real session is still read")

    #expect(try outside() == before)
    var status = stat()
    #expect(lstat(sessions + "/pipe.json", &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    #expect(lstat(sessions + "/big.json", &status) == 0 && status.st_size == 200 << 20)
  }

  @Test func aLockThatIsALinkNeverTruncatesItsTarget() throws {
    let id = try newSession()
    let victim = folder.path("victim.txt")
    try "Someone's file.\n".write(toFile: victim, atomically: true, encoding: .utf8)
    #expect(symlink(victim, "\(sessions)/\(id).lock") == 0)
    try "participant,item,score\nAna,score-gatherings,4\n".write(
      toFile: folder.path("scores.csv"), atomically: true, encoding: .utf8)
    let before = try outside()

    let refused = try workbook(["scores", "import", id, folder.path("scores.csv")])
    #expect(refused.status == 1)
    #expect(
      refused.errors.contains(
        "\(sessions)/\(id).lock is a symbolic link to \(victim), where the workbook expects a "
          + "lock file of its own"))
    #expect(try outside() == before)
  }

  @Test func listFailsClearlyForAFileOrAFolderItCannotRead() throws {
    let file = folder.path("not-a-folder")
    try "text".write(toFile: file, atomically: true, encoding: .utf8)
    let onFile = try WatchedProcess.run([Checkout.binary, "list", "--dir", file])
    #expect(onFile.status == 1)
    #expect(onFile.errors.contains("\(file) is not a folder"))
    #expect(!onFile.errors.contains("No sessions"))

    let closed = folder.path("closed")
    try FileManager.default.createDirectory(atPath: closed, withIntermediateDirectories: false)
    // Root reads any folder: as root, list as nobody, who owns the folder but may not read it.
    var command = [Checkout.binary, "list", "--dir", closed]
    if getuid() == 0 {
      #expect(chown(closed, 65534, 65534) == 0)
      command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
    }
    #expect(chmod(closed, 0) == 0)
    defer { chmod(closed, 0o700) }
    let unreadable = try WatchedProcess.run(command)
    #expect(unreadable.status == 1)
    #expect(
      unreadable.errors.contains("Permission denied (could not open the folder \(closed))"),
      "\(unreadable.errors)")
  }

  @Test func aFolderEveryoneCanWriteToIsRefusedUntilMadePrivate() throws {
    let id = try newSession()
    #expect(chmod(sessions, 0o777) == 0)
    for command in [["list"], ["show", id], ["new", "--title", "T", "--participant", "Ana"]] {
      let refused = try workbook(command)
      #expect(refused.status == 1, "\(command)")
      #expect(
        refused.errors.contains(
          "the workbook does not use the folder \(sessions): everyone may write to it"),
        "\(command): \(refused.errors)")
      #expect(refused.errors.contains("chmod go-w \(sessions)"))
    }
    #expect(chmod(sessions, 0o755) == 0)
    #expect(try workbook(["list"]).status == 0)
  }
}
