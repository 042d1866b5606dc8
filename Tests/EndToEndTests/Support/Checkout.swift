import Foundation

/// This checkout, and the `workbook` binary the tests run.
enum Checkout {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The binary `make test` built (WORKBOOK_BINARY), else the debug build in this checkout.
  static var binary: String {
    let named = ProcessInfo.processInfo.environment["WORKBOOK_BINARY"] ?? ""
    return named.isEmpty ? root.appendingPathComponent(".build/debug/workbook").path : named
  }
}
