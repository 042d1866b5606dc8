import Foundation
import WorkbookTestSupport

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
  /// removes from) this process's environment. `input`, when given, reaches its standard input
  /// through a pipe (`cat FILE | workbook …`), as a script piped into the plain mode does.
  /// The reports are in English whatever the machine's locale, unless a test sets the language.
  func workbook(
    _ arguments: [String], environment changes: [String: String?] = [:], input: Data? = nil
  ) throws -> Outcome {
    var environment = ProcessInfo.processInfo.environment
    environment["WORKBOOK_LANGUAGE"] = "en"
    for (name, value) in changes { environment[name] = value }
    var command = [Checkout.binary] + arguments
    if let input {
      let script = self.path(".stdin")
      try input.write(to: URL(fileURLWithPath: script))
      command = ["sh", "-c", "cat \"$0\" | \"$@\"", script] + command
    }
    let result = try Subprocess.run(
      command, environment: environment, in: path, errorsApart: true)
    return Outcome(status: result.status, output: result.output, errors: result.errors)
  }
}
