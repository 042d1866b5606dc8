import Testing
import WorkbookCore

@Suite struct ContentLicenceTests {
  @Test(arguments: [
    ("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    ("CC BY 3.0", "https://creativecommons.org/licenses/by/3.0/"),
    ("cc by-nc-sa 2.5", "https://creativecommons.org/licenses/by-nc-sa/2.5/"),
  ])
  func aCreativeCommonsLicenceHasItsDeed(licence: String, url: String) {
    let source = ContentSource(url: "https://meta.wikimedia.org", licence: licence, attribution: "")
    #expect(source.licenceURL == url)
  }

  @Test(arguments: ["Public domain", "CC0", "GFDL 1.3", "CC BY-SA four"])
  func anotherLicenceHasNoAddressMadeUp(licence: String) {
    let source = ContentSource(url: "https://meta.wikimedia.org", licence: licence, attribution: "")
    #expect(source.licenceURL == nil)
  }
}
