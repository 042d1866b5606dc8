/// The columns and rows a text editor is drawn in, as the drawing lays the screen out: the width
/// its text wraps to (↑ and ↓ move by these rows) and the height a page turns. It comes with each
/// key for the editor (`Action.textEditor`), so `update` never needs the terminal's size.
public struct FieldSize: Sendable, Equatable {
  public var width: Int
  public var height: Int

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  /// What a key binding names before the keymap measures it in the frame as drawn
  /// (`Keymap.measured`).
  public static let unmeasured = FieldSize(width: 1, height: 1)
}
