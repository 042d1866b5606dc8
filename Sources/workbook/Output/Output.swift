import Glibc
import WorkbookCore

/// Where every command's text leaves the program: results on standard output, messages for the
/// person at the terminal on standard error (so scripts can read the one without the other).
/// Everything passes `TerminalText.document` here, the one gate between the workbook and a
/// terminal: whatever a session, a content file, a CSV file or an argument holds, no control
/// sequence reaches standard output or standard error, be it a terminal, a pipe or a file.
/// (Exact bytes go to files: `export --output`.)
enum Output {
  /// Writes `text` and `terminator` to standard output.
  static func print(_ text: OutputText, terminator: String = "\n") {
    emit(text, terminator: terminator, to: STDOUT_FILENO)
  }

  /// Writes `text` and a line break to standard error.
  static func error(_ text: OutputText) {
    emit(text, terminator: text.text.hasSuffix("\n") ? "" : "\n", to: STDERR_FILENO)
  }

  private static func emit(_ text: OutputText, terminator: String, to descriptor: Int32) {
    var bytes = TerminalText.document(text.text + terminator)
    bytes.withUTF8 { buffer in
      guard let start = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, start + offset, buffer.count - offset)
        if written < 0 && errno == EINTR { continue }
        if written <= 0 { return }
        offset += written
      }
    }
  }
}
