// swift-tools-version:6.0
import PackageDescription

// Dependencies point down only. Two front ends, each a terminal adapter over its pure logic:
//   WorkbookCurses (full screen; the only module importing CNCursesW) → WorkbookTUI
//   WorkbookConsole (plain line mode)                                 → WorkbookPlain
// The adapters run on WorkbookRuntime (the one loop; it performs the effects through
// WorkbookStore, the files). The logic modules need only WorkbookWorkflow (the workshop's rules,
// the effects and the `FrontEnd` protocol), which needs only WorkbookCore (the pure model).
// The executable `workbook` only parses the command line and wires these together.
//
// Linux only: the store, the runtime, the terminal adapters and the tests import Glibc, so no
// Apple platform is declared (docs/architecture.md).
let package = Package(
  name: "Workbook",
  products: [
    .executable(name: "workbook", targets: ["workbook"]),
    // For Benchmarks/, a package of its own that depends on this one by path.
    .library(
      name: "WorkbookModules",
      targets: [
        "WorkbookCore", "WorkbookStore", "WorkbookWorkflow", "WorkbookRuntime", "WorkbookTUI",
        "WorkbookCurses",
      ]),
  ],
  dependencies: [
    // The command line: subcommands, --help, exit codes. Well kept, and the Swift norm.
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    .target(name: "WorkbookCore"),
    .target(name: "WorkbookStore", dependencies: ["WorkbookCore", "CNameService"]),
    .target(name: "WorkbookWorkflow", dependencies: ["WorkbookCore"]),
    // The signal handlers the runtime polls (a handler may only set a flag: C).
    .target(name: "CQuitSignals"),
    // Starts a thread on another CPU than its creator's, its malloc arena roomy (BackgroundWork).
    .target(name: "CWorkThread"),
    // The program's arguments for the Swift runtime, without its search at every start.
    .target(name: "CProgramArguments"),
    // Account names from /etc/passwd alone in the statically linked workbook.
    .target(name: "CNameService"),
    .target(
      name: "WorkbookRuntime",
      dependencies: [
        "WorkbookCore", "WorkbookStore", "WorkbookWorkflow", "CQuitSignals", "CWorkThread",
      ]),
    .target(name: "WorkbookTUI", dependencies: ["WorkbookCore", "WorkbookWorkflow"]),
    .target(name: "WorkbookPlain", dependencies: ["WorkbookCore", "WorkbookWorkflow"]),
    // The plain line mode's console: lines from standard input, text to standard output.
    .target(
      name: "WorkbookConsole", dependencies: ["WorkbookCore", "WorkbookPlain", "WorkbookRuntime"]),
    // No pkgConfig: SwiftPM warns on the -D flags ncursesw.pc carries; the shim header defines
    // what is needed, and the Makefile installs libncursesw5-dev.
    .systemLibrary(name: "CNCursesW"),
    .target(name: "WorkbookCurses", dependencies: ["CNCursesW", "WorkbookTUI", "WorkbookRuntime"]),
    .executableTarget(
      name: "workbook",
      dependencies: [
        "WorkbookCore", "WorkbookStore", "WorkbookWorkflow", "WorkbookRuntime", "WorkbookTUI",
        "WorkbookCurses", "WorkbookPlain", "WorkbookConsole", "CProgramArguments",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "WorkbookCoreTests", dependencies: ["WorkbookCore"], exclude: ["Fixtures", "Golden"]),
    .testTarget(
      name: "WorkbookStoreTests",
      dependencies: ["WorkbookStore", "SessionStoreHelper", "WorkbookTestSupport"],
      exclude: ["SessionFixtures", "Fixtures"]),
    // A child process for the store's lock and crash tests (built with the tests, never shipped).
    .executableTarget(
      name: "SessionStoreHelper", dependencies: ["WorkbookStore"],
      path: "Tests/Support/SessionStoreHelper"),
    .testTarget(
      name: "WorkbookTUITests",
      dependencies: ["WorkbookTUI", "WorkbookWorkflow", "WorkbookRuntime"],
      exclude: ["Snapshots"]),
    // The workshop's rules without any front end.
    .testTarget(name: "WorkbookWorkflowTests", dependencies: ["WorkbookWorkflow"]),
    .testTarget(name: "WorkbookCursesTests", dependencies: ["WorkbookCurses"]),
    // The plain mode's logic, and the same journey through both front ends (the differential test).
    .testTarget(
      name: "WorkbookPlainTests",
      dependencies: [
        "WorkbookCore", "WorkbookPlain", "WorkbookConsole", "WorkbookRuntime", "WorkbookTUI",
        "WorkbookWorkflow",
      ]),
    .testTarget(name: "WorkbookConsoleTests", dependencies: ["WorkbookConsole", "WorkbookPlain"]),
    .testTarget(
      name: "WorkbookRuntimeTests",
      dependencies: [
        "WorkbookCore", "WorkbookRuntime", "WorkbookStore", "WorkbookWorkflow",
        "WorkbookTestSupport",
      ]),
    // The command line's own reading of the full-screen invocations, against the parser's, and
    // the program's arguments as the runtime is given them.
    .testTarget(name: "WorkbookCommandTests", dependencies: ["workbook", "CProgramArguments"]),
    .testTarget(
      name: "EndToEndTests", dependencies: ["WorkbookCore", "WorkbookTestSupport"],
      exclude: ["Scripts"]),
    // Short reliability runs; `make torture` runs them long (docs/reliability.md).
    .testTarget(
      name: "ReliabilityTests",
      dependencies: [
        "WorkbookCore", "WorkbookStore", "WorkbookWorkflow", "WorkbookRuntime", "WorkbookTUI",
        "ReliabilityHelper", "WorkbookTestSupport",
      ]),
    // A child process for the reliability tests: saves under a file-size limit, as another user,
    // or in a loop to be killed (built with the tests, never shipped).
    .executableTarget(
      name: "ReliabilityHelper", dependencies: ["WorkbookStore"],
      path: "Tests/Support/ReliabilityHelper"),
    // What the test targets share (they cannot depend on each other): the child-process runner
    // and the temporary folder helper.
    .target(name: "WorkbookTestSupport", path: "Tests/Support/WorkbookTestSupport"),
  ],
  swiftLanguageModes: [.v6]
)
