extension KeyBinding {
  static let timer: [KeyBinding] = [
    // T: the agenda's minutes for the step (else 5), then longer lengths, then off.
    KeyBinding([.character("T")], .timer(.cycle), "Time this step"),
    KeyBinding([.character("B")], .timer(.toggleBell), "Time-up bell on or off"),
  ]
}
