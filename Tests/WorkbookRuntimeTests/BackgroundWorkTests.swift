import CWorkThread
import Glibc
import Testing

@testable import WorkbookRuntime

/// The full-screen workbook reads its content and session as background work while it takes the
/// terminal: the work must run at the same time as the caller, and hand its result back whole.
@Suite struct BackgroundWorkTests {
  /// The work writes a byte the caller waits for before it joins: were the work run only at the
  /// join, the wait would end at its deadline instead.
  @Test func theWorkRunsWhileTheCallerGoesOn() throws {
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    defer { for end in ends { close(end) } }
    let writeEnd = ends[1]
    let work = BackgroundWork { () -> [String] in
      var byte: UInt8 = 1
      _ = write(writeEnd, &byte, 1)
      return (1...1000).map { "line \($0)" }
    }
    var watched = pollfd(fd: ends[0], events: Int16(POLLIN), revents: 0)
    #expect(poll(&watched, 1, 10_000) == 1, "the work had not started before the join")
    let lines = work.join()
    #expect(lines.count == 1000)
    #expect(lines.last == "line 1000")
  }

  /// Linux starts a thread on its creator's CPU, where it would wait until the creator sleeps:
  /// where the process may use another CPU, the work runs there.
  @Test func theWorkRunsOnAnotherCPUThanTheCallersWhenThereIsOne() {
    let work = BackgroundWork { wb_current_cpu() }
    let ranOn = work.join()
    if let avoided = work.avoidedCPU {
      #expect(ranOn != avoided)
    } else {
      // Only a process allowed a single CPU keeps the thread beside its caller.
      #expect(sysconf(Int32(_SC_NPROCESSORS_ONLN)) == 1)
    }
  }

  @Test func aSecondJoinHandsBackTheSameResult() {
    let work = BackgroundWork { 6 * 7 }
    #expect(work.join() == 42)
    #expect(work.join() == 42)
  }
}
