// A child process for the reliability tests (Tests/ReliabilityTests), for what a test process
// cannot do to itself: run under a file-size limit, run as another user, be killed mid-save.
//
//   ReliabilityHelper edit-loop PATH        lock PATH, then edit and save it forever: edit N adds
//                                           the plan row "edit-N" and sets the notes to "edit N",
//                                           printing "saved N" once the save returned
//   ReliabilityHelper save-limited PATH N   save PATH with long notes while files may grow to at
//                                           most N bytes (RLIMIT_FSIZE, as on a full disk), or
//                                           with no limit when N is "none" (on a small tmpfs)
//   ReliabilityHelper save-after-line PATH  lock PATH, print "locked", wait for a line on stdin,
//                                           then save it with new notes (the test makes the
//                                           folder read-only in between); as root, runs as the
//                                           owner of PATH's folder so that permissions apply
//   ReliabilityHelper hostile-rounds FOLDER VICTIMS SEED ROUNDS
//                                           what others could put in a sessions folder, and
//                                           the store beside it (see HostileRounds)
//
// The save commands print "saved" or "failed: " and the error's message, and exit 0 either way.
import Glibc
import WorkbookCore
import WorkbookStore

func say(_ line: String) {
  let bytes = Array((line + "\n").utf8)
  _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
}

func fail(_ message: String) -> Never {
  let bytes = Array(("ReliabilityHelper: " + message + "\n").utf8)
  _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  exit(1)
}

func folder(of path: String) -> String {
  String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
}

/// Saves `session` and reports the outcome the way the interactive workbook's status line would.
func saveAndReport(_ session: Session, in store: SessionStore, holding lock: SessionLock) {
  do throws(SessionStoreError) {
    try store.save(session, holding: lock)
    say("saved")
  } catch {
    say("failed: \(error)")
  }
}

/// Takes on the user and group that own `path`, so that a root test run meets the permissions a
/// user would.
func becomeOwner(of path: String) {
  guard getuid() == 0 else { return }
  var status = stat()
  guard stat(path, &status) == 0 else { fail("cannot stat \(path)") }
  guard setgid(status.st_gid) == 0, setuid(status.st_uid) == 0 else {
    fail("cannot become uid \(status.st_uid)")
  }
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
  fail("usage: ReliabilityHelper edit-loop|save-limited|save-after-line PATH [BYTES]")
}
if arguments[1] == "hostile-rounds" {
  guard arguments.count == 6, let seed = UInt64(arguments[4]), let rounds = Int(arguments[5]) else {
    fail("usage: ReliabilityHelper hostile-rounds FOLDER VICTIMS SEED ROUNDS")
  }
  HostileRounds.run(folder: arguments[2], victims: arguments[3], seed: seed, rounds: rounds)
  exit(0)
}
let path = arguments[2]
let store = SessionStore(directory: folder(of: path))

do {
  switch arguments[1] {
  case "edit-loop":
    let lock = try store.lock(path)
    var session = try store.loadForEditing(holding: lock)
    var edit = session.plan.count(where: { $0.id.hasPrefix("edit-") })
    while true {
      edit += 1
      session.plan.append(PlanRow(id: "edit-\(edit)", cells: ["goal": "Goal of edit \(edit)"]))
      session.facilitatorNotes = "edit \(edit)"
      try store.save(session, holding: lock)
      say("saved \(edit)")
    }
  case "save-limited":
    guard arguments.count == 4, arguments[3] == "none" || Int(arguments[3]) != nil else {
      fail("save-limited needs a byte count, or none")
    }
    let lock = try store.lock(path)
    var session = try store.loadForEditing(holding: lock)
    session.facilitatorNotes = String(repeating: "A long note that no longer fits. ", count: 400)
    if let limit = Int(arguments[3]) {
      // Without the signal ignored, going over the limit kills the process instead of failing
      // the write with EFBIG.
      signal(SIGXFSZ, SIG_IGN)
      var limits = rlimit(rlim_cur: rlim_t(limit), rlim_max: rlim_t(limit))
      guard setrlimit(Int32(RLIMIT_FSIZE.rawValue), &limits) == 0 else {
        fail("setrlimit failed")
      }
    }
    saveAndReport(session, in: store, holding: lock)
  case "save-after-line":
    becomeOwner(of: folder(of: path))
    let lock = try store.lock(path)
    var session = try store.loadForEditing(holding: lock)
    say("locked")
    var byte: UInt8 = 0
    while read(0, &byte, 1) == 1, byte != 0x0A {}
    session.facilitatorNotes = "Typed after the folder became read-only."
    saveAndReport(session, in: store, holding: lock)
  default:
    fail("unknown command \(arguments[1])")
  }
} catch {
  fail("\(error)")
}
