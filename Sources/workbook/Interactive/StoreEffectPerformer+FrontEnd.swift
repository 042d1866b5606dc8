import WorkbookRuntime
import WorkbookStore

extension StoreEffectPerformer {
  /// The performer both front ends run on, once the sessions folder is checked, its strategies
  /// asked of `library` when first needed: a folder the workbook will not use is refused before
  /// anything is shown. Failures are worded in the front end's language.
  static func forFrontEnd(
    store: SessionStore, library: @escaping () -> ContentLibrary, language: FrontEndLanguage
  ) throws(SessionStoreError) -> StoreEffectPerformer {
    try store.checkFolder()
    return StoreEffectPerformer(
      store: store, libraryWhenNeeded: library, language: language.tag,
      messages: language.messages)
  }
}
