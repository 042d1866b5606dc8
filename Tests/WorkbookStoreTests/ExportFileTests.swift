import Glibc
import Testing
import WorkbookStore

/// Writing an export: a new file whole, never over an existing one unless asked, never over the
/// session, and a failure that names the file and leaves what was there.
@Suite struct ExportFileTests {
  private let text = "# Rapport d'été 👋\n\nLigne deux\n"

  private func contents(_ path: String) -> String? {
    SessionTestSupport.bytes(at: path).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func writesANewFileAndSaysWhere() throws {
    let folder = SessionTestSupport.temporaryFolder()
    let path = folder + "/Rapport d'été.md"
    let written = try ExportFile().write(text, to: folder + "/./Rapport d'été.md", overwrite: false)
    #expect(written == path)
    #expect(contents(path) == text)
    // No temporary file is left behind.
    #expect(SessionTestSupport.names(in: folder) == ["Rapport d'été.md"])
  }

  @Test func anExistingFileIsReplacedOnlyWhenAskedFor() throws {
    let folder = SessionTestSupport.temporaryFolder()
    let path = folder + "/report.md"
    SessionTestSupport.write(Array("before".utf8), to: path)
    #expect(throws: ExportFileError.exists(path)) {
      try ExportFile().write(text, to: path, overwrite: false)
    }
    #expect(contents(path) == "before")
    try ExportFile().write(text, to: path, overwrite: true)
    #expect(contents(path) == text)
    #expect(SessionTestSupport.names(in: folder) == ["report.md"])
  }

  @Test func aLinkInTheFilesPlaceIsNeverWrittenThrough() throws {
    let folder = SessionTestSupport.temporaryFolder()
    let target = SessionTestSupport.temporaryFolder() + "/someone-elses.txt"
    SessionTestSupport.write(Array("theirs".utf8), to: target)
    let path = folder + "/report.md"
    symlink(target, path)
    #expect(throws: ExportFileError.exists(path)) {
      try ExportFile().write(text, to: path, overwrite: false)
    }
    // Asked to overwrite, the link itself is replaced by the export.
    try ExportFile().write(text, to: path, overwrite: true)
    #expect(contents(target) == "theirs")
    #expect(contents(path) == text)
    var status = stat()
    #expect(lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG)
  }

  @Test func aMissingFolderIsNamedWithTheFile() {
    let path = SessionTestSupport.temporaryFolder() + "/missing/report.md"
    #expect(throws: ExportFileError.cannotWrite(path, reason: "No such file or directory")) {
      try ExportFile().write(text, to: path, overwrite: false)
    }
    #expect(
      "\(ExportFileError.cannotWrite(path, reason: "No such file or directory"))"
        == "No such file or directory (could not write \(path))")
  }

  @Test func neverTheSessionsOwnFile() throws {
    let folder = SessionTestSupport.temporaryFolder()
    let session = folder + "/abcd1234.json"
    SessionTestSupport.write(Array("{}".utf8), to: session)
    let spelledOtherwise =
      folder + "/../" + String(folder.split(separator: "/").last!)
      + "/abcd1234.json"
    #expect(throws: ExportFileError.isSessionFile(spelledOtherwise)) {
      try ExportFile().write(text, to: spelledOtherwise, overwrite: true, sessionFile: session)
    }
    #expect(contents(session) == "{}")
  }

  @Test(arguments: [SessionFaultyFileSystem.Step.write, .sync, .rename])
  func aFailedWriteLeavesTheFileBefore(step: SessionFaultyFileSystem.Step) {
    let folder = SessionTestSupport.temporaryFolder()
    let path = folder + "/report.md"
    SessionTestSupport.write(Array("before".utf8), to: path)
    #expect(throws: ExportFileError.self) {
      try ExportFile(fileSystem: SessionFaultyFileSystem(failing: step))
        .write(text, to: path, overwrite: true)
    }
    #expect(contents(path) == "before")
    #expect(SessionTestSupport.names(in: folder) == ["report.md"])
  }
}
