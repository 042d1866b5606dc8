import WorkbookCore
import WorkbookWorkflow

/// The Export step: the chosen format, the file, the preview and what the last write did. Never
/// saved: exporting never changes the session.
public struct ExportState: Sendable, Equatable {
  /// What the last write did, shown under the file name.
  public enum Outcome: Sendable, Equatable {
    case none
    case writing
    /// The file's absolute path.
    case written(String)
    case failed(String)
  }

  /// The export's text for a session and a choice, or why it could not be made. Kept so the
  /// preview is made once per change, not once per frame.
  public struct Preview: Sendable, Equatable {
    public var session: Session
    public var choice: ExportChoice
    public var text: Result<String, ExportProblem>
  }

  /// Why the exporter gave no text, for the screen.
  public struct ExportProblem: Error, Sendable, Equatable {
    public var reason: String
  }

  public var choice = ExportChoice.markdown
  /// The file as the user typed it; nil for the default (the session's title, in the folder the
  /// workbook started in), which follows the chosen format.
  public var fileName: String?
  /// The file name while it is being changed.
  public var fileEditor: TextEditor?
  /// The first line of the preview on screen.
  public var scroll = 0
  public var preview: Preview?
  /// The absolute path of a file that exists, while asking whether to replace it.
  public var pendingOverwrite: String?
  public var outcome = Outcome.none

  public init() {}
}
