import Foundation

/// A folder of its own for a test that runs the `workbook` command in it, as a script does;
/// deleted when the test ends.
final class CommandFolder {
  /// The exit status, standard output and standard error of one run.
  struct Outcome {
    var status: Int32
    var output: String
    var errors: String
  }

  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("workbook-command-\(UUID().uuidString)")

  init() throws {
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  var path: String { url.path }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  /// Runs the workbook with `arguments` from this folder; `environment` adds to (or with nil
  /// removes from) this process's environment; `input`, when given, is written to its standard
  /// input through a pipe, which is then closed, as `workbook plain < script.txt | cat` would.
  func workbook(
    _ arguments: [String], environment changes: [String: String?] = [:], input: Data? = nil
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Checkout.binary)
    process.arguments = arguments
    process.currentDirectoryURL = url
    var environment = ProcessInfo.processInfo.environment
    for (name, value) in changes { environment[name] = value }
    process.environment = environment
    let output = url.appendingPathComponent(".stdout")
    let errors = url.appendingPathComponent(".stderr")
    try Data().write(to: output)
    try Data().write(to: errors)
    process.standardOutput = try FileHandle(forWritingTo: output)
    process.standardError = try FileHandle(forWritingTo: errors)
    let pipe = Pipe()
    if input != nil { process.standardInput = pipe }
    try process.run()
    if let input {
      try pipe.fileHandleForWriting.write(contentsOf: input)
      try pipe.fileHandleForWriting.close()
    }
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus,
      output: try String(contentsOf: output, encoding: .utf8),
      errors: try String(contentsOf: errors, encoding: .utf8))
  }
}
