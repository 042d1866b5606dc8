/// Session ids: 8 characters of lowercase base32 (a–z, 2–7), short enough to type, with about
/// a trillion possible values.
public enum SessionID {
  static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
  static let length = 8

  public static func random() -> String {
    var generator = SystemRandomNumberGenerator()
    return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
  }
}
