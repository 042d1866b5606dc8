import WorkbookRuntime
import WorkbookStore

extension StoreEffectPerformer {
  /// The performer both front ends run on, once the sessions folder is checked: a folder the
  /// workbook will not use is refused before anything is shown. Failures are worded in the front
  /// end's language.
  static func forFrontEnd(
    store: SessionStore, library: ContentLibrary, language: FrontEndLanguage
  ) throws(SessionStoreError) -> StoreEffectPerformer {
    try store.checkFolder()
    return StoreEffectPerformer(
      store: store, library: library, language: language.tag, messages: language.messages)
  }
}
