import WorkbookTestSupport

/// A ReliabilityHelper child process (Tests/Support/ReliabilityHelper) with pipes to its standard
/// input and output.
final class HelperProcess: ChildProcess {
  init(_ arguments: [String]) throws {
    try super.init(ChildProcess.builtBesideTests("ReliabilityHelper"), arguments: arguments)
  }
}
