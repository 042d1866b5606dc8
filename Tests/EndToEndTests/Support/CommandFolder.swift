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
  /// removes from) this process's environment.
  func workbook(_ arguments: [String], environment changes: [String: String?] = [:]) throws
    -> Outcome
  {
    var environment = ProcessInfo.processInfo.environment
    for (name, value) in changes { environment[name] = value }
    let result = try Subprocess.run(
      [Checkout.binary] + arguments, environment: environment, in: path, errorsApart: true)
    return Outcome(status: result.status, output: result.output, errors: result.errors)
  }
}
