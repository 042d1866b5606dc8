import BenchmarkSupport

/// A fixture made when its benchmark first runs rather than when the benchmarks are registered:
/// the runner registers every benchmark in each process it starts, and some fixtures (a folder of
/// 1,000 sessions) take a while to make. Unchecked: the runner runs one benchmark at a time, on
/// one thread.
///
/// Its value is asked for with `try` inside the benchmark, so that a fixture that cannot be made
/// (the checkout's content not loading, say) reaches the runner as the benchmark's failure, with
/// the reason, instead of stopping the process: the runner reports a crashed benchmark without
/// its message.
final class Prepared<Value>: @unchecked Sendable {
  private let make: () throws -> Value
  private var made: Value?

  init(_ make: @escaping () throws -> Value) { self.make = make }

  func value() throws -> Value {
    if let made { return made }
    // Every fixture is made from the shipped strategy: say first if it does not load.
    _ = try BenchmarkFixtures.loadedStrategy.get()
    let value = try make()
    made = value
    return value
  }

  /// Changes the fixture in place, for one that carries its state from run to run (a keystroke
  /// loop's screen).
  func update<Result>(_ body: (inout Value) -> Result) throws -> Result {
    made = try value()
    return body(&made!)
  }
}
