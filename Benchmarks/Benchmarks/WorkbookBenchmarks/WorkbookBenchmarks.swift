// The workbook's in-process benchmarks (ordo-one/benchmark): time, allocations and peak memory
// of a keystroke, a save, a load, each export and the listing of 1,000 sessions. The targets
// that are absolute times are p90 limits in Benchmarks/Thresholds/, checked by
// `swift package benchmark thresholds check` (scripts/bench-thresholds); the ratio targets and
// the 99th percentile are checked by WorkbookComparisons in the same `make bench`.
import Benchmark
import BenchmarkSupport
import WorkbookCore
import WorkbookStore

let benchmarks: @Sendable () -> Void = {
  Benchmark.defaultConfiguration = .init(
    metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
    timeUnits: .microseconds, maxDuration: .seconds(2), maxIterations: 10_000)

  for participants in [3, 12, 200] {
    let keystrokes = Prepared { KeystrokeLoop(participants: participants) }
    Benchmark(
      "Keystroke \(participants) participants 50 plan rows",
      configuration: .init(thresholds: participants == 200 ? Limit.keystroke : nil)
    ) { benchmark in
      try keystrokes.update { loop in
        for _ in benchmark.scaledIterations { blackHole(loop.press()) }
      }
    }
  }

  // What the step bar computes for its labels, once per step and layout tried on every frame
  // (see docs/performance.md).
  let progressSession = Prepared { BenchmarkFixtures.session(participants: 12) }
  Benchmark("Session progress 12 participants 50 plan rows") { benchmark in
    let session = try progressSession.value()
    for _ in benchmark.scaledIterations {
      blackHole(SessionProgress(session: session, strategy: BenchmarkFixtures.strategy))
    }
  }

  let saving = Prepared { () throws -> (SessionStore, SessionLock, Session) in
    let (store, path) = BenchmarkFolders.storeWithSession(participants: 12)
    let lock = try store.lock(path)
    return (store, lock, try store.loadForEditing(holding: lock))
  }
  Benchmark("Save 12 participants") { benchmark in
    let (store, lock, session) = try saving.value()
    for _ in benchmark.scaledIterations { blackHole(try store.save(session, holding: lock)) }
  }

  let bare = Prepared {
    (
      BenchmarkFolders.make("bare"),
      SessionFileFormat.encode(BenchmarkFixtures.session(participants: 12))
    )
  }
  Benchmark("Bare durable write of a 12 participant session") { benchmark in
    let (folder, bytes) = try bare.value()
    for _ in benchmark.scaledIterations { DurableWrite.replace(folder + "/bare.json", with: bytes) }
  }

  let loading = Prepared { BenchmarkFolders.storeWithSession(participants: 12) }
  Benchmark("Load 12 participants") { benchmark in
    let (store, path) = try loading.value()
    for _ in benchmark.scaledIterations { blackHole(try store.load(path)) }
  }

  // Part of every start: reading and parsing the shipped strategy.
  Benchmark("Load the content") { benchmark in
    for _ in benchmark.scaledIterations {
      blackHole(try ContentLibrary.load(path: BenchmarkFixtures.contentFolder))
    }
  }

  let large = Prepared { BenchmarkFixtures.session(participants: 200) }
  for format in ExportFormat.allCases {
    Benchmark(
      "Export \(format.rawValue) 200 participants",
      configuration: .init(thresholds: format == .markdown ? Limit.markdownExport : nil)
    ) { benchmark in
      let session = try large.value()
      for _ in benchmark.scaledIterations {
        blackHole(
          try SessionExporter.export(
            session, strategy: BenchmarkFixtures.strategy, format: format))
      }
    }
  }

  // Far more people than any workshop: what `workbook show` does (load, then the Markdown
  // report) for a file of 50,000, about 15 MB: the most that stays under the 16 MiB the store
  // reads (100,000 would be 30 MB, refused). Every item splits the team, so the report names about
  // a fifth of them as the lowest scorers and a fifth as the highest. Linear in the participants:
  // looking each name up in the list made it take minutes (see docs/performance.md). A load that
  // fails is thrown, so the run reports why rather than crashing.
  let crowd = Prepared { BenchmarkFolders.storeWithSession(participants: 50_000) }
  Benchmark(
    "Show 50000 participants",
    configuration: .init(maxDuration: .seconds(10), maxIterations: 5)
  ) { benchmark in
    let (store, path) = try crowd.value()
    for _ in benchmark.scaledIterations {
      let session = try store.load(path)
      blackHole(
        try SessionExporter.export(
          session, strategy: BenchmarkFixtures.strategy, format: .markdown))
    }
  }

  let folder = Prepared { SessionStore(directory: BenchmarkFolders.sessions(count: 1_000)) }
  Benchmark(
    "List 1000 sessions",
    configuration: .init(maxDuration: .seconds(5), maxIterations: 30, thresholds: Limit.list)
  ) { benchmark in
    let store = try folder.value()
    // Read as `workbook list` reads them: without the plan rows' cells and the scores.
    for _ in benchmark.scaledIterations { blackHole(try store.list(cellsAndScores: false)) }
  }

  // `workbook summary` over a hub's folder: every file read (as a session or an export), one
  // session per organization kept, the figures worked out and the Markdown written.
  let hub = Prepared {
    SessionStore(directory: BenchmarkFolders.sessions(count: 1_000, organizations: 250))
  }
  Benchmark(
    "Summary 1000 sessions",
    configuration: .init(maxDuration: .seconds(5), maxIterations: 30, thresholds: Limit.summary)
  ) { benchmark in
    let store = try hub.value()
    for _ in benchmark.scaledIterations {
      // Every file is one of the fixture's sessions: one that does not read is the failure.
      let sessions = try store.sessionFiles().map { try store.loadSessionOrExport($0) }
      blackHole(
        SummaryExporter.markdown(
          OrganizationsSummary(sessions: sessions, strategy: BenchmarkFixtures.strategy)))
    }
  }
}
