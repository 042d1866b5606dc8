/// Numbers as the reports show them: at most two decimals, no trailing zeros ("3.67", "3.5", "4").
/// Written out by hand because FoundationEssentials has no number formatting.
enum ExportNumber {
  static func text(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let sign = hundredths < 0 ? "-" : ""
    let whole = abs(hundredths) / 100
    let fraction = abs(hundredths) % 100
    switch fraction {
    case 0: return "\(sign)\(whole)"
    case let tens where tens % 10 == 0: return "\(sign)\(whole).\(tens / 10)"
    case ..<10: return "\(sign)\(whole).0\(fraction)"
    default: return "\(sign)\(whole).\(fraction)"
    }
  }
}
