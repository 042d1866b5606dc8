/// The operands CLDR's plural rules read of a number. The workbook counts things (participants,
/// recommendations), so a number here is a whole one: no visible fraction digits (`v`, `w`, `f`,
/// `t` are 0) and no compact exponent (`e` is 0).
struct PluralOperands: Equatable {
  /// The absolute value.
  var n: Int
  /// The integer digits.
  var i: Int
  var v = 0
  var w = 0
  var f = 0
  var t = 0
  var e = 0

  init(_ number: Int) {
    n = number.magnitude > Int.max.magnitude ? Int.max : Int(number.magnitude)
    i = n
  }
}
