import WorkbookCore
import WorkbookStore

/// The strategy the workbook ships (Content/ in this checkout), as every run loads it.
enum ShippedContent {
  static let folder: String = {
    // This file is <checkout>/Tests/ReliabilityTests/Support/ShippedContent.swift.
    let checkout = #filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(4)
    return checkout.joined(separator: "/") + "/Content"
  }()

  static let file = folder + "/working-with-online-contributors.md"

  static let library: ContentLibrary = try! ContentLibrary.load(path: folder)

  static var strategy: Strategy { library.strategies[0] }
}
