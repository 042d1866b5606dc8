/// A text file a person names on the command line (a CSV to import): read whole only when it
/// is a regular file (a link to one is fine) of at most `RegularFile.sizeLimit` bytes, in UTF-8.
public enum TextFile {
  /// Why a named file could not be read as text, worded after the file's name.
  public struct Refusal: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot read \(path): \(reason)" }
  }

  public static func read(_ path: String) throws(Refusal) -> String {
    let bytes: [UInt8]
    do throws(RegularFile.Refusal) {
      bytes = try RegularFile.read(path: path)
    } catch {
      throw Refusal(path: path, reason: "\(error)")
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw Refusal(path: path, reason: TextPosition.notUTF8(in: bytes))
    }
    return text
  }
}
