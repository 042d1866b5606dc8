import Glibc

/// What a name in a folder is, as `lstat` sees it: the workbook reads and writes only regular
/// files and folders it made, and names anything else in its messages.
public enum FileKind: Sendable, Equatable, CustomStringConvertible {
  case regular
  case folder
  case symbolicLink(target: String)
  case fifo
  case socket
  case characterDevice
  case blockDevice
  case other

  init(mode: mode_t, linkTarget: () -> String) {
    switch mode & S_IFMT {
    case S_IFREG: self = .regular
    case S_IFDIR: self = .folder
    case S_IFLNK: self = .symbolicLink(target: linkTarget())
    case S_IFIFO: self = .fifo
    case S_IFSOCK: self = .socket
    case S_IFCHR: self = .characterDevice
    case S_IFBLK: self = .blockDevice
    default: self = .other
    }
  }

  public var description: String {
    switch self {
    case .regular: "a regular file"
    case .folder: "a folder"
    case .symbolicLink(let target): "a symbolic link to \(target)"
    case .fifo: "a FIFO (named pipe)"
    case .socket: "a socket"
    case .characterDevice: "a character device"
    case .blockDevice: "a block device"
    case .other: "a special file"
    }
  }
}
