import Glibc

/// Whether others could change what a folder holds, checked as ssh checks `~/.ssh`: a folder
/// that someone else owns, or that its group or everyone may write to (without the sticky bit,
/// which stops them from removing or renaming what is not theirs), is refused. Whoever can write
/// there could put a link where the workbook is about to write and turn a save into an
/// overwrite of another file, or swap a session for one of their own.
enum FolderSafety {
  /// Nil when the folder is safe to use; else why not and how to fix it.
  static func problem(with status: stat, path: String) -> String? {
    let user = geteuid()
    // Root may work in anyone's folder (sudo); what it creates there is given to the folder's
    // owner (`FileOwnership`). Everyone else needs a folder of their own, or root's.
    if user != 0 && status.st_uid != user && status.st_uid != 0 {
      return "it belongs to \(userName(status.st_uid)), not to you (\(userName(user))), so they "
        + "could change what it holds; use a folder of your own (--dir DIR), or have them give "
        + "it to you: chown \(userName(user)) \(path)"
    }
    let writableByOthers = status.st_mode & (S_IWGRP | S_IWOTH)
    if writableByOthers != 0 && status.st_mode & S_ISVTX == 0 {
      let who = status.st_mode & S_IWOTH != 0 ? "everyone" : "its group"
      return "\(who) may write to it (permissions \(permissions(status.st_mode))), so anyone "
        + "who can could put a link where the workbook writes; make it private: chmod go-w "
        + path
    }
    return nil
  }

  /// "drwxrwxrwx" style text for a folder's mode.
  static func permissions(_ mode: mode_t) -> String {
    let letters = Array("rwxrwxrwx")
    let bits = (0..<9).map { index in
      mode & (mode_t(1) << mode_t(8 - index)) != 0 ? letters[index] : "-"
    }
    return "d" + String(bits)
  }

  private static func userName(_ uid: uid_t) -> String {
    AccountName.of(uid) ?? "uid \(uid)"
  }
}
