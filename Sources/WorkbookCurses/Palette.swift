import CNCursesW
import WorkbookTUI

/// How each `TextStyle` looks on this terminal: colours where the terminal has them and the user
/// has not asked for none (NO_COLOR), otherwise attributes alone, which every terminal and a
/// projector in a bright room can show.
struct Palette {
  struct Look: Equatable {
    var attributes: attr_t
    var colourPair: Int16

    static let plain = Look(attributes: wb_a_normal(), colourPair: 0)

    /// Whether text in this look is drawn as plain as the window's own background: a blank in it
    /// is what erasing the window leaves.
    var isPlain: Bool { self == .plain }
  }

  /// Whether this palette uses colour.
  let usesColour: Bool
  /// The colours of each pair set up, pair 1 first; -1 is the terminal's own. Empty without
  /// colour.
  let pairs: [(foreground: Int16, background: Int16)]

  /// Sets up colour pairs if `colour` is wanted and the terminal has at least eight colours; call
  /// after `newterm`.
  init(colour wanted: Bool) {
    usesColour = wanted && has_colors() && start_color() != ERR && wb_colours() >= 8
    guard usesColour else {
      pairs = []
      return
    }
    // -1 keeps the terminal's own background (and foreground where a pair gives none).
    let background: Int16 = use_default_colors() == OK ? -1 : Int16(COLOR_BLACK)
    pairs = Self.colouredForegrounds.map { ($0, background) }
    for (index, pair) in pairs.enumerated() {
      init_pair(Int16(index + 1), pair.foreground, pair.background)
    }
  }

  /// Worked out for each cell drawn: a switch costs less than a table's lookup, and the first
  /// frame builds no table.
  func look(_ style: TextStyle) -> Look {
    usesColour ? Self.colourLook(style) : Self.monochromeLook(style)
  }

  /// Colour pairs 1…4: cyan, green, red, yellow on the default background.
  private static let colouredForegrounds: [Int16] = [
    Int16(COLOR_CYAN), Int16(COLOR_GREEN), Int16(COLOR_RED), Int16(COLOR_YELLOW),
  ]

  private static func colourLook(_ style: TextStyle) -> Look {
    switch style {
    case .accent: Look(attributes: wb_a_bold(), colourPair: 1)
    case .good: Look(attributes: wb_a_normal(), colourPair: 2)
    case .bad: Look(attributes: wb_a_bold(), colourPair: 3)
    case .warning: Look(attributes: wb_a_bold(), colourPair: 4)
    case .currentStep: Look(attributes: wb_a_bold() | wb_a_underline(), colourPair: 1)
    default: monochromeLook(style)
    }
  }

  private static func monochromeLook(_ style: TextStyle) -> Look {
    let attributes: attr_t =
      switch style {
      case .normal: wb_a_normal()
      case .heading: wb_a_bold()
      // Never dim: a projector washes dim text out, and hints and column headings must be read.
      case .muted: wb_a_normal()
      case .selected, .bar: wb_a_reverse()
      // Out of the bar's reverse video, bold and underlined: the current step is a gap in the bar.
      case .currentStep: wb_a_bold() | wb_a_underline()
      case .accent: wb_a_underline()
      case .good: wb_a_bold()
      case .bad, .warning: wb_a_bold() | wb_a_underline()
      }
    return Look(attributes: attributes, colourPair: 0)
  }
}
