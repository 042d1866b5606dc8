import BenchmarkSupport
import Glibc
import WorkbookCurses
import WorkbookTUI

/// What the terminal adapter writes per keystroke: the real renderer (ncursesw, diffing against
/// the last frame) drawing into a file instead of a terminal, measured by the file's growth.
enum TerminalBytes {
  struct Result {
    var firstFrame: Int
    var mean: Int
    var maximum: Int
  }

  static func perKeystroke(participants: Int, keystrokes: Int) -> Result {
    // Without a terminal, ncurses takes the size from these.
    setenv("LINES", "24", 1)
    setenv("COLUMNS", "80", 1)
    let path = BenchmarkFolders.make("bytes") + "/terminal-output"
    guard let output = fopen(path, "w+"), let input = fopen("/dev/null", "r") else {
      fatalError("cannot open \(path)")
    }
    defer {
      fclose(output)
      fclose(input)
    }
    let terminal: Terminal
    do {
      terminal = try Terminal(input: input, output: output, type: "xterm-256color", colour: true)
    } catch {
      fatalError("cannot set up ncurses on \(path): \(error)")
    }
    defer { terminal.close() }
    var loop = KeystrokeLoop(participants: participants)
    terminal.draw(render(loop.state, width: 80, height: 24))
    let firstFrame = size(of: output)
    var sizes: [Int] = []
    var last = firstFrame
    for _ in 0..<keystrokes {
      terminal.draw(loop.press())
      let now = size(of: output)
      sizes.append(now - last)
      last = now
    }
    return Result(
      firstFrame: firstFrame, mean: sizes.reduce(0, +) / sizes.count, maximum: sizes.max() ?? 0)
  }

  private static func size(of file: UnsafeMutablePointer<FILE>) -> Int {
    fflush(file)
    var status = stat()
    fstat(fileno(file), &status)
    return Int(status.st_size)
  }
}
