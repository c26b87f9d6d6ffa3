import Comparison

/// Renders a comparison report as CSV (RFC 4180): one row per fact × article, per divergence
/// reading, and per unmatched claim, for spreadsheets and data frames.
///
/// The columns are stable; new ones are only ever added at the end:
///
/// | column | meaning |
/// |---|---|
/// | `record` | `fact`, `divergence` or `unmatched` |
/// | `id` | the fact's or divergence's id (`F1`, `D1`); empty for unmatched claims |
/// | `kind` | the divergence kind (`number`, `date`, `entity`, `attribution`, `quote`, `qualifier`); empty otherwise |
/// | `fact` | the fact the row belongs to (a fact's own id; a divergence's fact, if any) |
/// | `slot` | the divergence's slot (`m`, `place`, `speaker`, ...) |
/// | `article` | the article's id |
/// | `language` | the article's language code |
/// | `outlet` | the article's outlet, if known |
/// | `covered` | `true` when the article has a claim in the row's fact or divergence; a fact has a row for every article, so `false` rows are its gaps |
/// | `sentences` | the claim's sentence indices, 0-based as in the JSON, separated by spaces |
/// | `text` | the claim's sentences as written |
/// | `span` | a divergence reading's span as written |
/// | `normalized` | a divergence reading's compared value |
/// | `similarity_score` | the fact's or divergence's similarity, three decimals |
/// | `note` | the divergence's note |
///
/// Fields are quoted when they hold a comma, a double quote, a line break or a leading or
/// trailing space, with quotes doubled; records end with CRLF unless `Options` say otherwise.
public struct CSVRenderer: ReportRenderer {
  /// Settings that tailor the CSV output.
  public struct Options: Sendable, Hashable {
    /// What ends each record: `"\r\n"` as RFC 4180 says, or `"\n"`.
    public var lineTerminator = "\r\n"
    /// Whether the first record names the columns.
    public var includesHeader = true
    /// Whether to put the story's id as a first `story` column (for several reports in one
    /// file); `nil` leaves the column out.
    public var story: String?
    /// Creates options with the default settings.
    public init() {}
  }

  /// The column names, in order (without the optional `story` column).
  public static let columns = [
    "record", "id", "kind", "fact", "slot", "article", "language", "outlet", "covered",
    "sentences", "text", "span", "normalized", "similarity_score", "note",
  ]

  /// The settings in force.
  public var options: Options

  /// Creates a renderer with `options`.
  ///
  /// - Parameter options: the settings to render with.
  public init(options: Options = Options()) { self.options = options }

  /// The report as CSV, each record ending with `options.lineTerminator`.
  ///
  /// - Parameter report: the report to render.
  /// - Returns: the header (when asked for) and one record per row.
  public func render(_ report: ComparisonReport) -> String {
    let index = ReportIndex(report)
    var rows = [[String]]()
    if options.includesHeader { rows.append(Self.columns) }
    func article(_ id: String) -> (language: String, outlet: String) {
      let article = index.article(id)
      return (article?.language ?? "", article?.outlet ?? "")
    }
    func sentences(_ indices: [Int]) -> String { indices.map(String.init).joined(separator: " ") }
    for fact in report.facts {
      let score = ReportFormatting.fixed(fact.evidence.similarityScore, digits: 3)
      for entry in report.articles {
        let claim = index.claim(of: fact, in: entry.id)
        rows.append([
          "fact", fact.id, "", fact.id, "", entry.id, entry.language, entry.outlet ?? "",
          claim == nil ? "false" : "true", sentences(claim?.sentences ?? []),
          claim.map { index.text(of: $0.article, sentences: $0.sentences) } ?? "", "", "", score,
          "",
        ])
      }
    }
    for divergence in report.divergences {
      let score = ReportFormatting.fixed(divergence.evidence.similarityScore, digits: 3)
      for reading in divergence.readings {
        let details = article(reading.article)
        rows.append([
          "divergence", divergence.id, divergence.kind.rawValue, divergence.fact ?? "",
          divergence.slot, reading.article, details.language, details.outlet, "true",
          sentences(reading.sentences),
          index.text(of: reading.article, sentences: reading.sentences),
          reading.text, reading.normalized, score, divergence.note ?? "",
        ])
      }
    }
    for entry in report.unmatched {
      let details = article(entry.article)
      rows.append([
        "unmatched", "", "", "", "", entry.article, details.language, details.outlet, "true",
        sentences(entry.sentences), index.text(of: entry.article, sentences: entry.sentences), "",
        "", "", "",
      ])
    }
    if let story = options.story {
      for position in rows.indices {
        rows[position].insert(position == 0 && options.includesHeader ? "story" : story, at: 0)
      }
    }
    return rows.map { $0.map(Self.field).joined(separator: ",") + options.lineTerminator }.joined()
  }

  /// One field, quoted when RFC 4180 needs it (or when spaces at its ends would be lost).
  static func field(_ value: String) -> String {
    let needsQuotes =
      value.contains { $0 == "," || $0 == "\"" || $0.isNewline }
      || value.first == " " || value.last == " "
    guard needsQuotes else { return value }
    return "\"" + value.replacingQuotes() + "\""
  }
}

extension String {
  /// The string with each double quote doubled.
  fileprivate func replacingQuotes() -> String {
    var result = ""
    for character in self {
      if character == "\"" { result.append("\"") }
      result.append(character)
    }
    return result
  }
}
