import Glibc
import Testing

@testable import WorkbookStore

/// An account is named as the system names it, and an account it does not know is not named at
/// all, so that a lock or a refused folder says "uid N" rather than a wrong name.
@Suite struct AccountNameTests {
  @Test func theAccountTheTestsRunAsIsNamedAsTheSystemNamesIt() throws {
    let expected = try #require(getpwuid(getuid())).pointee.pw_name.map { String(cString: $0) }
    #expect(AccountName.of(getuid()) == expected)
  }

  @Test func anAccountNoOneHasIsNotNamed() {
    #expect(AccountName.of(4_000_000_000) == nil)
  }
}
