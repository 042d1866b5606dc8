extension KeyBinding {
  static let timer: [KeyBinding] = [
    // T: the agenda's minutes for the step (else 5), then longer lengths, then off.
    KeyBinding([.character("T")], .timer(.cycle), .keyTimeThisStep),
    KeyBinding([.character("B")], .timer(.toggleBell), .keyTimeUpBellOnOrOff),
  ]
}
