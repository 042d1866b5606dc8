// The workbook measured against other programs, and the start-up, memory, save, list and
// keystroke targets stated as ratios, absolute limits or a 99th percentile, in one run. Prints a Markdown table and exits 1 when a target is missed.
//
//   WorkbookComparisons WORKBOOK MINIMAL_CURSES [RUNS]
//
// WORKBOOK is the workbook binary to start (make bench builds the release one), MINIMAL_CURSES
// the C program in MinimalCurses/minimal.c; dialog(1) is found in /usr/bin.
import BenchmarkSupport
import Glibc
import WorkbookCore
import WorkbookCurses
import WorkbookStore
import WorkbookTUI

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  print("usage: WorkbookComparisons WORKBOOK MINIMAL_CURSES [RUNS]")
  exit(2)
}
let workbook = arguments[1]
let minimalCurses = arguments[2]
let runs = arguments.count > 3 ? Int(arguments[3]) ?? 20 : 20
let dialog = "/usr/bin/dialog"
var table = TargetTable()

print("Machine: \(Machine.description())")
print("Workbook binary: \(workbook); \(runs) runs of each start-up")

// Start-up to the first full frame, and peak memory, with a 12-participant session open.
let startupFolder = BenchmarkFolders.make("startup")
let openSession = BenchmarkFixtures.session(participants: 12)
DurableWrite.replace(
  startupFolder + "/" + openSession.id + ".json", with: SessionFileFormat.encode(openSession))
var workbookRuns: [PseudoTerminalRun] = []
var minimalRuns: [PseudoTerminalRun] = []
var dialogRuns: [PseudoTerminalRun] = []
// Interleaved, so a busy moment on the machine falls on all three alike.
for _ in 0..<runs {
  workbookRuns.append(
    PseudoTerminalRun.measure(
      [
        workbook, "open", openSession.id, "--dir", startupFolder, "--content",
        BenchmarkFixtures.contentFolder,
      ],
      // The status line's right end, the frame's last text: the content itself says "help".
      marker: "Saved", quitKeys: "q"))
  minimalRuns.append(
    PseudoTerminalRun.measure([minimalCurses], marker: "minimal frame complete", quitKeys: "q"))
  dialogRuns.append(
    PseudoTerminalRun.measure(
      [dialog, "--msgbox", "A minimal dialog", "10", "40"], marker: "A minimal dialog",
      quitKeys: "\r"))
}
let workbookStart = Percentiles.median(workbookRuns.map(\.nanoseconds))
let minimalStart = Percentiles.median(minimalRuns.map(\.nanoseconds))
let dialogStart = Percentiles.median(dialogRuns.map(\.nanoseconds))
let startRatio = Double(workbookStart) / Double(minimalStart)
table.add("First frame, workbook (median)", Shown.milliseconds(workbookStart))
table.add("First frame, minimal C ncursesw program (median)", Shown.milliseconds(minimalStart))
table.add("First frame, dialog --msgbox (median)", Shown.milliseconds(dialogStart))
table.add(
  "First frame, workbook ÷ C program", Shown.ratio(startRatio), target: "≤ 2×",
  met: startRatio <= 2)
table.add(
  "First frame, workbook ÷ dialog", Shown.ratio(Double(workbookStart) / Double(dialogStart)),
  target: "≤ 1×", met: workbookStart <= dialogStart)

// Where the workbook's start-up goes: the process alone (argument parsing, no terminal, no
// files), then with the content read and parsed.
let versionTime = Percentiles.median(
  (0..<runs).map { _ in ProcessTimer.run([workbook, "--version"]) })
let contentTime = Percentiles.median(
  (0..<runs).map { _ in
    ProcessTimer.run([workbook, "content", "check", "--content", BenchmarkFixtures.contentFolder])
  })
table.add("`workbook --version` (start and exit, median)", Shown.milliseconds(versionTime))
table.add(
  "`workbook content check` (start, parse the content, exit; median)",
  Shown.milliseconds(contentTime))

let workbookMemory = Percentiles.median(workbookRuns.map(\.peakResidentKilobytes))
let minimalMemory = Percentiles.median(minimalRuns.map(\.peakResidentKilobytes))
let dialogMemory = Percentiles.median(dialogRuns.map(\.peakResidentKilobytes))
table.add(
  "Peak memory, workbook with 12 participants open", Shown.megabytes(workbookMemory),
  target: "≤ 10 MB", met: workbookMemory <= 10 * 1024)
table.add("Peak memory, minimal C ncursesw program", Shown.megabytes(minimalMemory))
table.add("Peak memory, dialog --msgbox", Shown.megabytes(dialogMemory))
table.add(
  "Peak memory, workbook ÷ C program",
  Shown.ratio(Double(workbookMemory) / Double(minimalMemory)))
table.add(
  "Peak memory, workbook ÷ dialog", Shown.ratio(Double(workbookMemory) / Double(dialogMemory)))
table.add(
  "Bytes of the first frame: workbook / C program / dialog",
  "\(workbookRuns[0].firstFrameBytes) / \(minimalRuns[0].firstFrameBytes) / "
    + "\(dialogRuns[0].firstFrameBytes)")

// Update and render per keystroke, and what the terminal adapter writes for it.
for participants in [3, 12, 200] {
  var loop = KeystrokeLoop(participants: participants)
  for _ in 0..<200 { _ = loop.press() }
  var times: [UInt64] = []
  for _ in 0..<5_000 {
    let start = ContinuousClock.now
    _ = loop.press()
    let elapsed = start.duration(to: .now)
    times.append(UInt64(elapsed.components.attoseconds / 1_000_000_000))
  }
  let p99 = Percentiles.of(times, 0.99)
  table.add(
    "Keystroke (keymap + update + render), \(participants) participants, 50 plan rows: "
      + "median / p99",
    "\(Shown.microseconds(Percentiles.median(times))) / \(Shown.microseconds(p99))",
    target: participants == 200 ? "p99 ≤ 0.29 ms" : "",
    met: participants == 200 ? p99 <= 290_000 : nil)
}
for participants in [12, 200] {
  let bytes = TerminalBytes.perKeystroke(participants: participants, keystrokes: 300)
  table.add(
    "Bytes written to the terminal per keystroke, \(participants) participants: mean / max",
    "\(bytes.mean) / \(bytes.maximum) (first frame \(bytes.firstFrame))")
}

// A durable save against the bare durable write of the same bytes.
let (store, path) = BenchmarkFolders.storeWithSession(participants: 12)
do {
  let lock = try store.lock(path)
  var session = try store.loadForEditing(holding: lock)
  let barePath = store.directory + "/bare-write.bytes"
  var saves: [UInt64] = []
  var bareWrites: [UInt64] = []
  for index in 0..<200 {
    session.facilitatorNotes = "Save number \(index)."
    let saveStart = ContinuousClock.now
    try store.save(session, holding: lock)
    let saveElapsed = saveStart.duration(to: .now)
    let bytes = SessionFileFormat.encode(session)
    let bareStart = ContinuousClock.now
    DurableWrite.replace(barePath, with: bytes)
    let bareElapsed = bareStart.duration(to: .now)
    saves.append(UInt64(saveElapsed.components.attoseconds / 1_000_000_000))
    bareWrites.append(UInt64(bareElapsed.components.attoseconds / 1_000_000_000))
  }
  lock.release()
  // The same with a clock a minute on at every save, so that each one also keeps the version it
  // replaces in the history (link, history folder fsync, and an unlink beyond five versions).
  let clock = MinuteClock()
  let historyStore = SessionStore(directory: store.directory, now: { clock.next() })
  let historyLock = try historyStore.lock(path)
  var historySaves: [UInt64] = []
  for index in 0..<200 {
    session.facilitatorNotes = "Save with history number \(index)."
    let saveStart = ContinuousClock.now
    try historyStore.save(session, holding: historyLock)
    let saveElapsed = saveStart.duration(to: .now)
    historySaves.append(UInt64(saveElapsed.components.attoseconds / 1_000_000_000))
  }
  historyLock.release()
  let saveMedian = Percentiles.median(saves)
  let historySaveMedian = Percentiles.median(historySaves)
  let bareMedian = Percentiles.median(bareWrites)
  let saveRatio = Double(saveMedian) / Double(bareMedian)
  table.add(
    "Durable save, 12 participants, one after another (median)", Shown.milliseconds(saveMedian))
  table.add(
    "Durable save that also keeps a history version (once a minute; median)",
    Shown.milliseconds(historySaveMedian))
  table.add("Bare write + fsync + rename + folder fsync (median)", Shown.milliseconds(bareMedian))
  table.add(
    "Save ÷ bare durable write", Shown.ratio(saveRatio), target: "≤ 1.3×", met: saveRatio <= 1.3)
  table.add(
    "Save keeping a history version ÷ bare durable write",
    Shown.ratio(Double(historySaveMedian) / Double(bareMedian)))
} catch {
  print("The save comparison failed: \(error)")
  exit(1)
}

// Exports of a 200-participant session, and `workbook list` over 1,000 sessions.
let large = BenchmarkFixtures.session(participants: 200)
for format in ExportFormat.allCases {
  var times: [UInt64] = []
  for _ in 0..<30 {
    let start = ContinuousClock.now
    _ = try SessionExporter.export(large, strategy: BenchmarkFixtures.strategy, format: format)
    times.append(UInt64(start.duration(to: .now).components.attoseconds / 1_000_000_000))
  }
  let median = Percentiles.median(times)
  table.add(
    "Export \(format.rawValue), 200 participants (median)", Shown.milliseconds(median),
    target: format == .markdown ? "≤ 20 ms" : "",
    met: format == .markdown ? median <= 20_000_000 : nil)
}
let listFolder = BenchmarkFolders.sessions(count: 1_000)
let listTimes = (0..<10).map { _ in
  ProcessTimer.run([
    workbook, "list", "--dir", listFolder, "--content", BenchmarkFixtures.contentFolder,
  ])
}
let listMedian = Percentiles.median(listTimes)
table.add(
  "`workbook list`, 1,000 sessions (median of 10)", Shown.milliseconds(listMedian),
  target: "≤ 100 ms", met: listMedian <= 100_000_000)

print("")
print(table.markdown())
print("")
if table.missed.isEmpty {
  print("Every target met.")
} else {
  print("Targets missed: \(table.missed.map(\.measurement).joined(separator: "; "))")
  exit(1)
}
