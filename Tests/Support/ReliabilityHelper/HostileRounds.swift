import Glibc
import WorkbookCore
import WorkbookStore

/// `hostile-rounds FOLDER VICTIMS SEED ROUNDS`: rounds of what someone else could put in a
/// sessions folder, then the store's operations beside it. Each round empties FOLDER, saves a
/// session `hostile2` in it, puts one to three hostile things at names the store uses (links to
/// the files and folder VICTIMS, to /dev/zero; a hard link to a victim; a FIFO; a folder; a file
/// too large; a copy under another id; bytes that are no session), sometimes opens the folder to
/// everyone, and runs five random operations. Each prints "NAME: ok" or "NAME: refused: MESSAGE".
/// The test checks that VICTIMS is untouched, that nothing hung or swelled, and that every
/// refusal names the folder.
enum HostileRounds {
  static let id = "hostile2"

  static func run(folder: String, victims: String, seed: UInt64, rounds: Int) {
    var random = SplitMix(state: seed)
    let store = SessionStore(directory: folder)
    for _ in 0..<rounds {
      reset(folder)
      let path = store.path(forID: id)
      do {
        let lock = try store.lock(path)
        try store.save(session(), holding: lock)
        lock.release()
      } catch {
        say("setup: refused: \(error)")
        continue
      }
      for _ in 0..<Int.random(in: 1...3, using: &random) {
        place(
          kinds.randomElement(using: &random)!, at: names.randomElement(using: &random)!,
          in: folder, victims: victims, random: &random)
      }
      if Int.random(in: 0..<10, using: &random) == 0 { chmod(folder, 0o777) }
      for _ in 0..<5 {
        let operation = operations.randomElement(using: &random)!
        do {
          try operation.run(store, path)
          say("\(operation.name): ok")
        } catch {
          say("\(operation.name): refused: \(error)")
        }
      }
      chmod(folder, 0o700)
    }
  }

  static let names = [
    "\(id).json", "\(id).lock", ".history", ".history/\(id)", ".history/\(id)/000001.json",
    "\(id).schema0.bak", ".\(id).json.1.2.tmp", "other222.json",
  ]

  enum Kind: CaseIterable {
    case linkToVictimFile, linkToVictimFolder, linkToDevZero, hardLinkToVictim, fifo, folder
    case tooLarge, impostor, garbage
  }

  static let kinds = Kind.allCases

  static let operations: [(name: String, run: @Sendable (SessionStore, String) throws -> Void)] = [
    ("list", { store, _ in _ = try store.list() }),
    ("load", { store, path in _ = try store.load(path) }),
    (
      "edit",
      { store, path in
        let lock = try store.lock(path)
        defer { lock.release() }
        var session = try store.loadForEditing(holding: lock)
        session.title += "!"
        try store.save(session, holding: lock)
      }
    ),
    ("delete", { store, path in try store.delete(path) }),
    ("history", { store, path in _ = try store.history(of: path) }),
    ("restore", { store, path in try store.restore(version: 1, of: path) }),
    ("create", { store, _ in _ = try store.create(session()) }),
    ("resolve", { store, _ in _ = try store.resolve("host") }),
  ]

  static func session() -> Session {
    Session(
      id: id, title: "Hostile", createdAt: "2026-01-01T00:00:00Z",
      participants: [Participant(id: "p1", name: "Ana")], strategyID: "s", contentVersion: "1")
  }

  /// Puts `kind` at `name` in `folder`, in place of whatever was there.
  static func place(
    _ kind: Kind, at name: String, in folder: String, victims: String,
    random: inout SplitMix
  ) {
    let path = folder + "/" + name
    // The folders on the way must be real ones: a link put there in an earlier placement would
    // lead this helper itself outside the sessions folder.
    var parent = folder
    for component in name.split(separator: "/").dropLast() {
      parent += "/" + component
      mkdir(parent, 0o700)
      var status = stat()
      guard lstat(parent, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else { return }
    }
    remove(path)
    switch kind {
    case .linkToVictimFile: symlink(victims + "/\(id).json", path)
    case .linkToVictimFolder: symlink(victims, path)
    case .linkToDevZero: symlink("/dev/zero", path)
    case .hardLinkToVictim: link(victims + "/000001.json", path)
    case .fifo: mkfifo(path, 0o600)
    case .folder: mkdir(path, 0o700)
    case .tooLarge:
      let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
      ftruncate(descriptor, 17 << 20)
      close(descriptor)
    case .impostor: write(SessionFileFormat.encode(session()), to: path)
    case .garbage:
      write((0..<64).map { _ in UInt8.random(in: 0...255, using: &random) }, to: path)
    }
  }

  static func write(_ bytes: [UInt8], to path: String) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
    _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
  }

  /// Empties `folder`, never following a link.
  static func reset(_ folder: String) {
    chmod(folder, 0o700)
    for name in names(in: folder) { remove(folder + "/" + name) }
  }

  static func remove(_ path: String) {
    var status = stat()
    guard lstat(path, &status) == 0 else { return }
    if status.st_mode & S_IFMT == S_IFDIR {
      for name in names(in: path) { remove(path + "/" + name) }
      rmdir(path)
    } else {
      unlink(path)
    }
  }

  static func names(in folder: String) -> [String] {
    guard let directory = opendir(folder) else { return [] }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }
}

/// SplitMix64, as the reliability tests seed their runs.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}
