import Testing
import WorkbookCore

/// Each problem the check finds, with the file, the line of the key and what to do.
@Suite struct MessageCheckTests {
  static func file(_ name: String, _ language: String, _ json: String) throws -> MessageCheck.File {
    MessageCheck.File(
      name: name,
      catalog: try MessageCatalog(language: LanguageTag(language)!, json: json, fileName: name))
  }

  /// English and its documentation for every key the code uses, so only the translation's
  /// problems are left.
  static func check(translation json: String, language: String = "pl") throws -> [String] {
    let english = MessageCatalog.builtInEnglish
    let documentation = MessageCatalog(
      language: .english, messages: english.messages.mapValues { _ in "documented" })
    return MessageCheck(
      folder: "Messages",
      groups: [
        .init(
          english: .init(name: "en.json", catalog: english),
          documentation: .init(name: "qqq.json", catalog: documentation),
          translations: [try file("xx.json", language, json)])
      ]
    ).problems().map(\.description)
  }

  @Test func aTranslationsProblemsNameTheirLine() throws {
    var lines = ["{", "\t\"@metadata\": { \"authors\": [] },"]
    let translated = MessageKey.allCases.filter { $0 != .exportHeadingPlan }
    for key in translated {
      let text =
        key == .exportRecommendationsReviewed
        ? "$1 von $3 {{PLURAL:$2|Empfehlung" : MessageCatalog.builtInEnglish.messages[key.rawValue]!
      // Written as JSON: an English message may hold a quotation mark.
      let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
        .replacingOccurrences(of: "\"", with: "\\\"")
      lines.append("\t\"\(key.rawValue)\": \"\(escaped)\",")
    }
    lines.append("\t\"export-heading-plans\": \"Pläne\"")
    lines.append("}")
    let problems = try Self.check(translation: lines.joined(separator: "\n"))
    let reviewedLine = translated.firstIndex(of: .exportRecommendationsReviewed)! + 3
    #expect(
      problems == [
        "xx.json: warning: “export-heading-plan” is not translated and falls back to English; add it",
        "xx.json:\(reviewedLine): error: “export-recommendations-reviewed” uses $1, $2, $3 where "
          + "English uses $1, $2; use the same parameters",
        "xx.json:\(reviewedLine): error: “export-recommendations-reviewed”: a “{{” has no matching "
          + "“}}”; close it or remove it",
        "xx.json:\(lines.count - 1): error: “export-heading-plans” is not in en.json; remove it, "
          + "or check the key's spelling",
      ])
  }

  @Test func pluralInALanguageWithoutRulesIsAWarning() throws {
    let problems = try Self.check(
      translation: "{\n\t\"export-recommendations-reviewed\": \"$1/$2 {{PLURAL:$2|a|b}}\"\n}",
      language: "tlh")
    #expect(
      problems.contains(
        "xx.json:2: warning: “export-recommendations-reviewed” uses PLURAL, but the workbook has "
          + "no plural rules for “tlh”, so English's are used; add the language to "
          + "scripts/cldr-plurals"))
  }

  @Test func englishWithoutDocumentationOrUnusedIsAnError() throws {
    var messages = MessageCatalog.builtInEnglish.messages
    messages["export-heading-plan"] = nil
    messages["export-old-heading"] = "Old"
    let english = MessageCatalog(
      language: .english, messages: messages,
      keyLines: ["export-old-heading": 2, "export-heading-summary": 3])
    let documented = messages.filter {
      $0.key != "export-old-heading" && $0.key != "export-heading-summary"
    }
    let documentation = MessageCatalog(
      language: .english,
      messages: documented.mapValues { _ in "documented" }.merging(["export-gone": "x"]) { $1 },
      keyLines: ["export-gone": 7])
    let problems = MessageCheck(
      folder: "Messages",
      groups: [
        .init(
          english: .init(name: "en.json", catalog: english),
          documentation: .init(name: "qqq.json", catalog: documentation), translations: [])
      ]
    ).problems().map(\.description)
    #expect(
      problems == [
        "Messages: error: the workbook uses the message “export-heading-plan”, which no en.json "
          + "here has; add it",
        "en.json:2: error: “export-old-heading” is not used by the workbook; remove it (and from "
          + "qqq.json)",
        "en.json:2: error: “export-old-heading” has no documentation in qqq.json; add a line there "
          + "saying where it appears and what its parameters are",
        "en.json:3: error: “export-heading-summary” has no documentation in qqq.json; add a line "
          + "there saying where it appears and what its parameters are",
        "qqq.json:7: error: “export-gone” documents a message en.json does not have; remove it",
      ])
  }

  @Test func aMessageInTwoGroupsIsAnErrorInTheSecond() throws {
    let english = MessageCatalog.builtInEnglish
    let documentation = MessageCatalog(
      language: .english, messages: english.messages.mapValues { _ in "documented" })
    let second = MessageCatalog(
      language: .english, messages: ["export-heading-plan": "Plan"],
      keyLines: ["export-heading-plan": 2])
    let problems = MessageCheck(
      folder: "Messages",
      groups: [
        .init(
          english: .init(name: "export/en.json", catalog: english),
          documentation: .init(name: "export/qqq.json", catalog: documentation), translations: []),
        .init(
          english: .init(name: "plain/en.json", catalog: second),
          documentation: .init(
            name: "plain/qqq.json",
            catalog: MessageCatalog(
              language: .english, messages: ["export-heading-plan": "documented"])),
          translations: []),
      ]
    ).problems().map(\.description)
    #expect(
      problems == [
        "plain/en.json:2: error: “export-heading-plan” is also in export/en.json; a message "
          + "belongs to one group, so keep one"
      ])
  }

  @Test func aFileThatIsNotJSONSaysSo() {
    #expect(throws: MessageFileError.self) {
      try MessageCatalog(language: .english, json: "{\"a\": ", fileName: "en.json")
    }
  }
}
