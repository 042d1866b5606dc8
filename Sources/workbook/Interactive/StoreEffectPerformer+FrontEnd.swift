import ArgumentParser
import WorkbookRuntime
import WorkbookStore

extension StoreEffectPerformer {
  /// The performer both front ends run on, once the sessions folder is checked: a folder the
  /// workbook will not use is said plainly before the terminal is taken. Failures are worded in
  /// the front end's language.
  static func forFrontEnd(
    store: SessionStore, library: ContentLibrary, language: FrontEndLanguage
  ) throws -> StoreEffectPerformer {
    do throws(SessionStoreError) {
      try store.checkFolder()
    } catch {
      Output.error("workbook: \(error.description)")
      throw ExitCode.failure
    }
    return StoreEffectPerformer(
      store: store, library: library, language: language.tag, messages: language.messages)
  }
}
