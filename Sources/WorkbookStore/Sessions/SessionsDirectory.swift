/// Where sessions live unless the user says otherwise.
public enum SessionsDirectory {
  /// The environment variable that overrides the default folder (`--dir` overrides both).
  public static let environmentVariable = "WORKBOOK_SESSIONS_DIR"

  /// `--dir`, else `$WORKBOOK_SESSIONS_DIR`, else `$XDG_DATA_HOME/workbook/sessions`, else
  /// `$HOME/.local/share/workbook/sessions`. Nil when none of these is set.
  public static func resolve(option: String?, environment: [String: String]) -> String? {
    if let option, !option.isEmpty { return option }
    if let variable = environment[environmentVariable], !variable.isEmpty { return variable }
    // The XDG base directory spec says a relative XDG_DATA_HOME is invalid and to be ignored.
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return FilePath.join(data, "workbook/sessions")
    }
    if let home = environment["HOME"], !home.isEmpty {
      return FilePath.join(home, ".local/share/workbook/sessions")
    }
    return nil
  }
}
