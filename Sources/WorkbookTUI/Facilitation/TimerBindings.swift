extension KeyBinding {
  static let timer: [KeyBinding] = [
    KeyBinding([.character("T")], .timer(.cycle), "Step timer 5–20 min")
  ]
}
