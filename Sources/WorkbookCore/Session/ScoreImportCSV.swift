/// Splits CSV text into records as RFC 4180 describes: fields separated by commas, records by
/// line breaks (LF, CRLF or CR), fields in double quotes may hold commas, line breaks and `""` for
/// a quote. A leading byte order mark is ignored; spaces around an unquoted field are trimmed.
/// A file whose first line has semicolons and no commas (what spreadsheets write where the comma
/// is the decimal mark) is read with the semicolon as the separator.
struct ScoreImportCSV {
  struct Record: Equatable {
    /// The line the record starts on, counting from 1.
    var line: Int
    var fields: [String]
  }

  /// The records, or for each malformed one the line it starts on and what is wrong.
  static func records(in text: String) -> (records: [Record], problems: [ScoreImportProblem]) {
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    let separator = self.separator(of: scalars)
    var records: [Record] = []
    var problems: [ScoreImportProblem] = []
    var index = 0
    var line = 1
    while index < scalars.count {
      let start = line
      var fields: [String] = []
      var field = String.UnicodeScalarView()
      var quoted = false
      var problem: String?
      recordLoop: while true {
        guard index < scalars.count else {
          fields.append(finish(field, quoted: quoted))
          break
        }
        let scalar = scalars[index]
        switch scalar {
        case "\"" where field.allSatisfy(\.properties.isWhitespace) && !quoted:
          index += 1
          field = String.UnicodeScalarView()
          quoted = true
          var closed = false
          while index < scalars.count {
            let inner = scalars[index]
            index += 1
            if inner == "\"" {
              if index < scalars.count, scalars[index] == "\"" {
                field.append("\"")
                index += 1
              } else {
                closed = true
                break
              }
            } else {
              if inner == "\n"
                || (inner == "\r" && (index >= scalars.count || scalars[index] != "\n"))
              {
                line += 1
              }
              field.append(inner)
            }
          }
          if !closed { problem = "a quoted field is not closed (no matching \")" }
        case separator:
          index += 1
          fields.append(finish(field, quoted: quoted))
          field = String.UnicodeScalarView()
          quoted = false
        case "\r", "\n":
          index += 1
          if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
          line += 1
          fields.append(finish(field, quoted: quoted))
          break recordLoop
        default:
          index += 1
          if quoted {
            if !scalar.properties.isWhitespace && problem == nil {
              problem = "text after a closing quote; write a quote inside quotes as \"\""
            }
          } else {
            field.append(scalar)
          }
        }
      }
      if let problem {
        problems.append(ScoreImportProblem(line: start, message: problem))
      } else if !(fields.count == 1 && fields[0].isEmpty) {
        records.append(Record(line: start, fields: fields))
      }
    }
    return (records, problems)
  }

  /// The semicolon when the first line has one and no comma outside quotes, else the comma.
  static func separator(of scalars: [Unicode.Scalar]) -> Unicode.Scalar {
    var quoted = false
    var commas = 0
    var semicolons = 0
    for scalar in scalars {
      if scalar == "\"" { quoted.toggle() }
      if !quoted, scalar == "\n" || scalar == "\r" { break }
      if !quoted, scalar == "," { commas += 1 }
      if !quoted, scalar == ";" { semicolons += 1 }
    }
    return semicolons > 0 && commas == 0 ? ";" : ","
  }

  private static func finish(_ field: String.UnicodeScalarView, quoted: Bool) -> String {
    quoted ? String(field) : String(field).trimmingSpaces()
  }
}
