import Comparison

/// Renders a comparison report as Markdown (CommonMark with GitHub tables), ready to paste into
/// a write-up.
///
/// The report has the summary, a table of the articles, the divergences (one table per
/// divergence with the readings side by side, the divergent span in bold), the shared facts as
/// quotes, a coverage matrix (facts × articles) and the unmatched claims of each article. Article
/// text is escaped so that no character in it is read as Markdown or HTML.
///
/// ```swift
/// var options = MarkdownRenderer.Options()
/// options.titleLevel = 2
/// let markdown = MarkdownRenderer(options: options).render(report)
/// ```
public struct MarkdownRenderer: ReportRenderer {
  /// Settings that tailor the Markdown output.
  public struct Options: Sendable, Hashable {
    /// The heading level used for the report title (1...5; sections are one level below).
    public var titleLevel = 1
    /// The report's title.
    public var title = "Story comparison"
    /// Whether each fact lists the outlets (article ids) that made it.
    public var listsOutlets = true
    /// The number of shared anchors shown for each fact and divergence.
    public var anchorLimit = 5
    /// Creates options with the default settings.
    public init() {}
  }

  /// The settings in force.
  public var options: Options

  /// Creates a renderer with `options`.
  ///
  /// - Parameter options: the settings to render with.
  public init(options: Options = Options()) { self.options = options }

  /// The report as Markdown, ending with a line break.
  ///
  /// - Parameter report: the report to render.
  /// - Returns: the Markdown document.
  public func render(_ report: ComparisonReport) -> String {
    let index = ReportIndex(report)
    let level = min(max(1, options.titleLevel), 5)
    let title = String(repeating: "#", count: level)
    let section = title + "#"
    let subsection = section + "#"
    var lines = [String]()

    lines.append("\(title) \(Self.escaped(options.title))")
    lines.append("")
    lines.append(
      ReportFormatting.summaryParts(of: report).map(Self.escaped).joined(separator: " · ")
    )
    lines.append("")

    lines.append("\(section) Articles")
    lines.append("")
    lines.append(
      "| Article | Language | Outlet | Published | Title | Sentences | Facts | Unmatched |"
    )
    lines.append("|---|---|---|---|---|--:|--:|--:|")
    for (article, coverage) in zip(report.articles, index.coverage) {
      let cells = [
        "`\(Self.code(article.id))`", Self.cell(article.language), Self.cell(article.outlet ?? "—"),
        Self.cell(article.published ?? "—"), Self.cell(article.title ?? "—"),
        "\(coverage.sentenceCount)", "\(coverage.factCount)", "\(coverage.unmatchedCount)",
      ]
      lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    lines.append("")

    lines.append("\(section) Divergences")
    lines.append("")
    if report.divergences.isEmpty {
      lines.append("None.")
      lines.append("")
    }
    for divergence in report.divergences {
      let details = ReportFormatting.divergenceDetails(divergence).map(Self.escaped)
      lines.append("\(subsection) \(divergence.id) · \(details.joined(separator: " · "))")
      lines.append("")
      lines.append(
        "| "
          + divergence.readings.map {
            "`\(Self.code($0.article))` [\(ReportFormatting.sentenceNumbers($0.sentences))]"
          }.joined(separator: " | ") + " |"
      )
      lines.append("|" + String(repeating: "---|", count: divergence.readings.count))
      lines.append(
        "| "
          + divergence.readings.map { "**\(Self.cell($0.normalized))**" }.joined(separator: " | ")
          + " |"
      )
      lines.append(
        "| "
          + divergence.readings.map { reading in
            Self.inline(
              index.segments(of: reading, kind: divergence.kind, divergence: divergence.id),
              table: true
            )
          }.joined(separator: " | ") + " |"
      )
      lines.append("")
      var evidence =
        "Similarity \(ReportFormatting.fixed(divergence.evidence.similarityScore, digits: 2))"
      let anchors = ReportFormatting.anchors(divergence.evidence, limit: options.anchorLimit)
      if !anchors.isEmpty {
        evidence += "; shared: " + anchors.map(Self.escaped).joined(separator: ", ")
      }
      lines.append(evidence + ".")
      if let note = divergence.note {
        lines.append("")
        lines.append("> Note: \(Self.escaped(note))")
      }
      lines.append("")
    }

    lines.append("\(section) Shared facts")
    lines.append("")
    if report.facts.isEmpty {
      lines.append("None.")
      lines.append("")
    }
    for fact in report.facts {
      var heading =
        "\(subsection) \(fact.id) · similarity \(ReportFormatting.fixed(fact.evidence.similarityScore, digits: 2))"
      if options.listsOutlets {
        heading += " · " + fact.claims.map { Self.escaped($0.article) }.joined(separator: ", ")
      }
      lines.append(heading)
      lines.append("")
      let anchors = ReportFormatting.anchors(fact.evidence, limit: options.anchorLimit)
      if !anchors.isEmpty {
        lines.append("Shared: " + anchors.map(Self.escaped).joined(separator: ", ") + ".")
        lines.append("")
      }
      for (position, claim) in fact.claims.enumerated() {
        if position > 0 { lines.append(">") }
        lines.append(
          "> `\(Self.code(claim.article))` [\(ReportFormatting.sentenceNumbers(claim.sentences))]: "
            + Self.inline(
              index.segments(of: claim.article, sentences: claim.sentences),
              table: false
            )
        )
      }
      lines.append("")
    }

    lines.append("\(section) Coverage")
    lines.append("")
    if report.facts.isEmpty {
      lines.append("No shared facts.")
    } else {
      lines.append(
        "| Fact | " + report.articles.map { "`\(Self.code($0.id))`" }.joined(separator: " | ")
          + " |"
      )
      lines.append("|---|" + String(repeating: ":-:|", count: report.articles.count))
      for fact in report.facts {
        let cells = report.articles.map { article in
          index.claim(of: fact, in: article.id).map {
            "✓ \(ReportFormatting.sentenceNumbers($0.sentences))"
          } ?? "—"
        }
        lines.append("| \(fact.id) | " + cells.joined(separator: " | ") + " |")
      }
      let shares = index.coverage.map { "\($0.factCount)/\(report.facts.count)" }
      lines.append("| **Facts** | " + shares.joined(separator: " | ") + " |")
    }
    lines.append("")

    lines.append("\(section) Unmatched claims")
    lines.append("")
    if report.unmatched.isEmpty {
      lines.append("None.")
      lines.append("")
    }
    for article in report.articles {
      let entries = report.unmatched.filter { $0.article == article.id }
      guard !entries.isEmpty else { continue }
      lines.append("\(subsection) `\(Self.code(article.id))` (\(entries.count))")
      lines.append("")
      for entry in entries {
        lines.append(
          "- [\(ReportFormatting.sentenceNumbers(entry.sentences))] "
            + Self.inline(
              index.segments(of: entry.article, sentences: entry.sentences),
              table: false
            )
        )
      }
      lines.append("")
    }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Segments as inline Markdown: text escaped, divergent spans in bold.
  static func inline(_ segments: [ReportIndex.Segment], table: Bool) -> String {
    segments.map { segment in
      let text = table ? cell(segment.text) : escaped(segment.text)
      guard segment.highlight != nil else { return text }
      // Bold needs non-space characters just inside its markers.
      let trimmed = text.trimmingCharacters(in: " ")
      guard !trimmed.isEmpty else { return text }
      let leading = String(text.prefix { $0 == " " })
      let trailing = String(repeating: " ", count: text.reversed().prefix { $0 == " " }.count)
      return "\(leading)**\(trimmed)**\(trailing)"
    }.joined()
  }

  /// Text with every character Markdown or inline HTML would act on escaped by a backslash,
  /// and line breaks turned into spaces.
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "$":
        result.append("\\")
        result.append(character)
      case "\n", "\r", "\r\n", "\t": result.append(" ")
      default: result.append(character)
      }
    }
    return result
  }

  /// Text for a table cell: escaped, pipes included.
  static func cell(_ text: String) -> String { escaped(text) }

  /// Text for a code span: backticks and line breaks replaced, so the span cannot close early.
  static func code(_ text: String) -> String {
    String(text.map { $0 == "`" ? "'" : ($0.isNewline ? " " : $0) })
  }
}

extension String {
  /// The string without `character` at either end.
  fileprivate func trimmingCharacters(in character: Character) -> String {
    var slice = self[...]
    while slice.first == character { slice.removeFirst() }
    while slice.last == character { slice.removeLast() }
    return String(slice)
  }
}
