/// Reading the Overview step.
public enum OverviewAction: Sendable, Equatable {
  case scrollUp
  case scrollDown
  case pageUp
  case pageDown
}
