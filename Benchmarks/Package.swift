// swift-tools-version:6.1
import PackageDescription

// The workbook's benchmarks: a package of their own, so that the benchmark harness and its
// dependencies never slow the main build or `make test`. Run with `make bench` from the top.
// Linux only, as the workbook is.
let package = Package(
  name: "WorkbookBenchmarks",
  dependencies: [
    // By name, so the product reference below holds whatever the checkout folder is called.
    .package(name: "Workbook", path: ".."),
    // The jemalloc-free malloc interposer gives the allocation counts on Swift 6.3.
    .package(
      url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    // Fixtures and measurements shared by the two executables below.
    .target(
      name: "BenchmarkSupport",
      dependencies: [.product(name: "WorkbookModules", package: "Workbook")],
      path: "Sources/BenchmarkSupport"),
    // In-process measurements with ordo-one/benchmark: time, allocations and memory, with the
    // absolute targets as thresholds (Thresholds/).
    .executableTarget(
      name: "WorkbookBenchmarks",
      dependencies: [
        "BenchmarkSupport",
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "WorkbookModules", package: "Workbook"),
      ],
      path: "Benchmarks/WorkbookBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    // Starting a program in a pseudo-terminal (forkpty is C only).
    .target(name: "CPseudoTerminal", path: "Sources/CPseudoTerminal"),
    // The measurements made against other programs in the same run, and the targets stated as
    // ratios: start-up and memory against a minimal C ncurses program and dialog(1), a save
    // against a bare durable write, and the 99th percentile of a keystroke.
    .executableTarget(
      name: "WorkbookComparisons",
      dependencies: [
        "BenchmarkSupport", "CPseudoTerminal",
        .product(name: "WorkbookModules", package: "Workbook"),
      ],
      path: "Sources/WorkbookComparisons"),
  ],
  swiftLanguageModes: [.v6]
)
