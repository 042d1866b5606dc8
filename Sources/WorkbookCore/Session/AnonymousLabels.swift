/// The anonymous labels, "Participant 1…n": which person gets which number. The numbers follow
/// `labelOrder`, never the order people score in, which the room watched.
extension Session {
  /// The participant's n in "Participant n", or nil for an id that is not a participant.
  /// A participant `labelOrder` does not list (it can only happen to a session changed in memory)
  /// comes after those it lists.
  func labelNumber(of participantID: String) -> Int? {
    labelledParticipantIDs.firstIndex(of: participantID).map { $0 + 1 }
  }

  /// Every participant's id, in label order. Sets, not searches: linear in the participants.
  var labelledParticipantIDs: [String] {
    let ids = participants.map(\.id)
    let known = Set(ids)
    var listed: [String] = []
    var seen: Set<String> = []
    for id in labelOrder where known.contains(id) && seen.insert(id).inserted { listed.append(id) }
    return listed + ids.filter { !seen.contains($0) }
  }

  /// Gives the labels a new random order, for a new session. The generator comes from the caller,
  /// so the core stays free of the system's randomness and tests can pass a seeded one.
  public mutating func shuffleLabels(using generator: inout some RandomNumberGenerator) {
    labelOrder = participants.map(\.id).shuffled(using: &generator)
  }

  /// The order for a session stored before labels were: the participants sorted by a hash of the
  /// session's id and theirs (64-bit FNV-1a, the same on every machine and at every run). Fixed
  /// per session, and not the scoring order.
  public static func derivedLabelOrder(sessionID: String, participantIDs: [String]) -> [String] {
    func hash(_ participantID: String) -> UInt64 {
      var value: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in (sessionID + "\u{0}" + participantID).utf8 {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
      }
      return value
    }
    return participantIDs.map { (id: $0, hash: hash($0)) }
      .sorted { ($0.hash, $0.id) < ($1.hash, $1.id) }
      .map(\.id)
  }
}
