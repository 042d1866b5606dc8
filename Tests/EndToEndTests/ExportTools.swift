import Foundation
import Testing
import WorkbookTestSupport

/// The real parsers the exports are read back with, found on PATH and run as child processes.
/// A missing tool skips its tests with a message on a developer's machine; in CI (the CI
/// variable set) the tests run and fail, so a missing tool can never pass unnoticed.
enum ExportTools {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static var inCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

  /// Whether the tests needing `tool` should run: it is installed, or this is CI.
  static func shouldRun(_ tool: String) -> Bool { inCI || path(of: tool) != nil }

  static func path(of tool: String) -> String? {
    let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":")
    return folders.map { "\($0)/\(tool)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// Runs `tool` with `arguments` followed by the path of a file holding `input`, and returns
  /// its standard output; fails with its standard error if it exits with a status other than 0.
  static func run(_ tool: String, _ arguments: [String], input: String) throws -> String {
    guard let executable = path(of: tool) else {
      throw Failure(description: "\(tool) is not installed; `make test-deps` installs it")
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("workbook-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inputFile = folder.appendingPathComponent("input")
    try Data(input.utf8).write(to: inputFile)
    var environment = ProcessInfo.processInfo.environment
    environment["LANG"] = "C.UTF-8"
    let result = try Subprocess.run(
      [executable] + arguments + [inputFile.path], environment: environment, errorsApart: true)
    guard result.status == 0 else {
      throw Failure(
        description: "\(tool) \(arguments.joined(separator: " ")) exited with "
          + "\(result.status): \(result.errors)")
    }
    return result.output
  }
}
