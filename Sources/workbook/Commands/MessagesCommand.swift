import ArgumentParser

/// `workbook messages`: the interface's message files, for translators.
struct MessagesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "messages",
    abstract: "Check the interface's message files (translations).",
    discussion: """
      The files are in the MediaWiki/banana JSON format used on translatewiki.net: en.json \
      (English, the source), qqq.json (what each message is for) and one file per language, \
      such as de.json. docs/translating.md says how to add a language.
      """,
    subcommands: [MessagesCheckCommand.self]
  )
}
