/// A fixture made when its benchmark first runs rather than when the benchmarks are registered:
/// the runner registers every benchmark in each process it starts, and some fixtures (a folder of
/// 1,000 sessions) take a while to make. Unchecked: the runner runs one benchmark at a time, on
/// one thread.
final class Prepared<Value>: @unchecked Sendable {
  private let make: () -> Value
  lazy var value: Value = make()

  init(_ make: @escaping () -> Value) { self.make = make }
}
