import FoundationEssentials

/// How long a reliability run is: short inside `make test`, long under `make torture`, which
/// sets WORKBOOK_TORTURE=1. Every run is seeded; WORKBOOK_RELIABILITY_SEED repeats one.
enum ReliabilityRun {
  static let isTorture = ProcessInfo.processInfo.environment["WORKBOOK_TORTURE"] == "1"

  /// `short` in `make test`, `long` in `make torture`.
  static func count(short: Int, long: Int) -> Int { isTorture ? long : short }

  /// The seed of this run, reported with every failure: the one asked for; else a fixed one in
  /// `make test`, so CI's short run is the same every time (the check that every screen is
  /// reached holds for it); else, under torture, a new one each run, to explore further.
  static let seed: UInt64 = {
    if let text = ProcessInfo.processInfo.environment["WORKBOOK_RELIABILITY_SEED"],
      let seed = UInt64(text)
    {
      return seed
    }
    return isTorture ? UInt64.random(in: 1...UInt64.max) : 2026_11_25
  }()
}

/// SplitMix64: a small, fast generator whose whole sequence follows from its seed, so a failing
/// run is repeated exactly with WORKBOOK_RELIABILITY_SEED.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}
