/// The `##` sections a strategy file may have, named by the id on their heading so the visible
/// title can be worded freely (`## Questions to think about {#reflection}`).
enum ContentSectionKind: String, CaseIterable {
  case introduction
  case reflection
  case scale
  case scoreItems = "score-items"
  case recommendations
  case reference
  case plan

  /// Whether a strategy file must have the section.
  var isRequired: Bool { self != .reference }

  /// A heading an author can copy when the section is missing.
  var exampleHeading: String {
    switch self {
    case .introduction: "## Introduction {#introduction}"
    case .reflection: "## Questions to think about {#reflection}"
    case .scale: "## The scale {#scale high-from=4}"
    case .scoreItems: "## What each of you scores {#score-items}"
    case .recommendations: "## Recommendations {#recommendations}"
    case .reference: "## For reference {#reference}"
    case .plan: "## Capacity building plan {#plan}"
    }
  }

  static var allIDs: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
