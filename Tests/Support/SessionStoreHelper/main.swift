// A child process for the session store's tests, which need a second process to hold a lock
// and a process to kill in the middle of saving.
//
//   SessionStoreHelper save-loop PATH   lock PATH, then save the versions after the one it holds
//                                       (N+1, N+2, … forever), printing "saved N" after each
//   SessionStoreHelper hold-lock PATH   lock PATH, print "locked", wait until stdin closes
import Glibc
import WorkbookCore
import WorkbookStore

func say(_ line: String) {
  let bytes = Array((line + "\n").utf8)
  _ = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
}

func fail(_ message: String) -> Never {
  let bytes = Array(("SessionStoreHelper: " + message + "\n").utf8)
  _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
  exit(1)
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else { fail("usage: SessionStoreHelper save-loop|hold-lock PATH") }
let path = arguments[2]
let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
let store = SessionStore(directory: folder)

do {
  let lock = try store.lock(path)
  switch arguments[1] {
  case "save-loop":
    var session = try store.loadForEditing(holding: lock)
    var version = SessionStoreHelperVersion.number(of: session)
    while true {
      version += 1
      session = SessionStoreHelperVersion.session(version, from: session)
      try store.save(session, holding: lock)
      say("saved \(version)")
    }
  case "hold-lock":
    say("locked")
    var byte: UInt8 = 0
    while read(0, &byte, 1) > 0 {}
    lock.release()
  default:
    fail("unknown command \(arguments[1])")
  }
} catch {
  fail("\(error)")
}
