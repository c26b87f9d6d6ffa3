import TextCore

/// The language-specific cues the readers use: boilerplate lines, byline and date markers,
/// month and era names, read from `dictionaries/<lang>/article-cues.tsv` for every language.
///
/// Cues of all languages are merged: a French site still says "Newsletter", and a scrape's
/// language is only known after its body has been found.
struct ArticleCues: Sendable, Hashable {
  var lines: Set<String> = []
  var prefixes: [String] = []
  var fragments: [String] = []
  var credits: [String] = []
  var copyrights: [String] = []
  var counters: Set<String> = []
  var bylinePrefixes: [String] = []
  var datePrefixes: [String] = []
  var months: [String: Int] = [:]
  var eras: [String: Int] = [:]

  /// The name of the cue file in each language folder.
  static let fileName = "article-cues.tsv"

  /// Reads the cues of every language from `source`; a language without the file adds none.
  static func load(from source: any DictionarySource) throws(ArticleError) -> ArticleCues {
    var cues = ArticleCues()
    for language in Language.allCases {
      let path = "\(language.rawValue)/\(fileName)"
      let text: String?
      do {
        text = try source.contents(ofFile: path)
      } catch {
        throw .dictionaries(reason: error.description)
      }
      guard let text else { continue }
      try cues.add(text, file: source.displayName(ofFile: path))
    }
    // Longest first, so "published on" wins over "published".
    cues.bylinePrefixes.sort { $0.count > $1.count }
    cues.datePrefixes.sort { $0.count > $1.count }
    return cues
  }

  /// Adds the cues of one file's text.
  mutating func add(_ text: String, file: String) throws(ArticleError) {
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
      if line.allSatisfy({ $0 == " " }) || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t").map { String($0).trimmingSpaces.lowercased() }
      guard fields.count >= 2, !fields[1].isEmpty else {
        throw .dictionaries(reason: "\(file):\(index + 1): expected kind<TAB>value")
      }
      let value = fields[1]
      switch fields[0] {
      case "line": lines.insert(value)
      case "prefix": prefixes.append(value)
      case "contains": fragments.append(value)
      case "credit": credits.append(value)
      case "copyright": copyrights.append(value)
      case "counter": counters.insert(value)
      case "byline": bylinePrefixes.append(value)
      case "date": datePrefixes.append(value)
      case "month", "era":
        guard fields.count == 3, let number = Int(fields[2]) else {
          throw .dictionaries(
            reason: "\(file):\(index + 1): expected \(fields[0])<TAB>name<TAB>number"
          )
        }
        if fields[0] == "month" { months[value] = number } else { eras[value] = number }
      default:
        throw .dictionaries(reason: "\(file):\(index + 1): unknown cue kind '\(fields[0])'")
      }
    }
  }
}

extension StringProtocol {
  /// The text without leading and trailing white space (Unicode white space, NBSP included).
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isSpace }),
      let last = scalars.lastIndex(where: { !$0.isSpace })
    else { return "" }
    return String(self[first..<scalars.index(after: last)])
  }
}
