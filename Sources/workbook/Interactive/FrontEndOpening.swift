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

  /// The content in `language`, from the folder `--content` named (nil when not given) or the
  /// one found.
  static func readContent(
    folder: String?, language: FrontEndLanguage, environment: [String: String]
  ) -> Result<ContentLibrary, Refusal> {
    ContentOptions.loaded(
      folder: folder, language: language.contentLanguage, environment: environment
    ).mapError { Refusal(message: ContentOptions.message(for: $0)) }
  }

  /// Checks the sessions folder and opens the session `reference` names (an id, a prefix of
  /// one, a path), if any, with the content `content` gives (`readContent`'s answer, which may
  /// still be being read on another thread: it is waited for only once the session is read).
  /// The first thing that fails is the refusal, the content's before any other.
  static func open(
    session reference: String?, readOnly: Bool, directory: String?,
    content: @escaping @Sendable () -> Result<ContentLibrary, Refusal>,
    language: FrontEndLanguage, environment: [String: String]
  ) -> Result<FrontEndOpening, Refusal> {
    let opening = openSession(
      reference, readOnly: readOnly, directory: directory,
      library: { (try? content().get()) ?? ContentLibrary(entries: []) }, language: language,
      environment: environment)
    switch content() {
    case .failure(let refusal): return .failure(refusal)
    case .success(let library):
      return opening.map {
        FrontEndOpening(library: library, performer: $0.performer, opened: $0.opened)
      }
    }
  }

  private static func openSession(
    _ reference: String?, readOnly: Bool, directory: String?,
    library: @escaping @Sendable () -> ContentLibrary, language: FrontEndLanguage,
    environment: [String: String]
  ) -> Result<(performer: StoreEffectPerformer, opened: EffectResult?), Refusal> {
    guard
      let store = StoreOptions.foundStore(
        directory: directory, contentWhenNeeded: library, environment: environment)
    else { return .failure(Refusal(message: StoreOptions.noSessionsFolder(.english))) }
    let performer: StoreEffectPerformer
    do throws(SessionStoreError) {
      performer = try StoreEffectPerformer.forFrontEnd(
        store: store, library: library, language: language)
    } catch {
      return .failure(Refusal(message: "workbook: \(error.description)"))
    }
    guard let reference else { return .success((performer, nil)) }
    let opened = performer.open(reference: reference, readOnly: readOnly)
    if case .failed(let reason) = opened {
      return .failure(Refusal(message: "workbook: \(reason)"))
    }
    return .success((performer, opened))
  }
}
