import WorkbookTestSupport

/// A SessionStoreHelper child process (see Tests/Support/SessionStoreHelper) with pipes to its
/// standard input and output.
final class SessionChildProcess: ChildProcess {
  init(_ arguments: [String]) throws {
    try super.init(ChildProcess.builtBesideTests("SessionStoreHelper"), arguments: arguments)
  }
}
