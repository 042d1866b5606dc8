import WorkbookRuntime
import WorkbookStore
import WorkbookWorkflow

/// What a front end reads from the disk before it shows anything: the content, the sessions
/// folder (checked), and the session it was asked to open. Nothing is printed here: a failure is
/// the message to print, so the full-screen workbook can read all this while it takes the
/// terminal and say what went wrong once the terminal is given back.
struct FrontEndOpening {
  var library: ContentLibrary
  var performer: StoreEffectPerformer
  /// The session asked for, opened, or why it cannot be shown; nil for the start screen.
  var opened: EffectResult?

  /// What a front end that cannot start prints on standard error before it exits with status 1.
  struct Refusal: Error {
    var message: OutputText
  }

  /// Reads the content in `language`, checks the sessions folder and opens the session
  /// `reference` names (an id, a prefix of one, a path), if any: the first thing that fails is
  /// the refusal.
  static func open(
    session reference: String?, readOnly: Bool, directory: String?, contentFolder: String?,
    language: FrontEndLanguage, environment: [String: String]
  ) -> Result<FrontEndOpening, Refusal> {
    let library: ContentLibrary
    do throws(ContentLoadError) {
      library = try ContentLibrary.discover(
        option: contentFolder, language: language.contentLanguage, environment: environment)
    } catch {
      return .failure(Refusal(message: ContentOptions.message(for: error)))
    }
    guard
      let store = StoreOptions.foundStore(
        directory: directory, content: library, environment: environment)
    else { return .failure(Refusal(message: StoreOptions.noSessionsFolder(.english))) }
    let performer: StoreEffectPerformer
    do throws(SessionStoreError) {
      performer = try StoreEffectPerformer.forFrontEnd(
        store: store, library: library, language: language)
    } catch {
      return .failure(Refusal(message: "workbook: \(error.description)"))
    }
    guard let reference else {
      return .success(FrontEndOpening(library: library, performer: performer, opened: nil))
    }
    let opened = performer.open(reference: reference, readOnly: readOnly)
    if case .failed(let reason) = opened {
      return .failure(Refusal(message: "workbook: \(reason)"))
    }
    return .success(FrontEndOpening(library: library, performer: performer, opened: opened))
  }
}
