import Comparison

/// Renders a comparison report for a terminal: a summary line, the divergences with their
/// readings side by side, the shared facts, then the unmatched claims of each article.
///
/// Text wraps to `Options.width` columns, counting East Asian wide characters as two. With
/// `Options.usesColor` the divergent spans are coloured by kind (ANSI escape sequences);
/// without it they are marked by a line of carets (`^^^`) underneath. Control characters in
/// article text are replaced, so an article cannot drive the terminal.
///
/// ```swift
/// var options = TerminalRenderer.Options()
/// options.width = 100
/// options.usesColor = true
/// print(TerminalRenderer(options: options).render(report), terminator: "")
/// ```
public struct TerminalRenderer: ReportRenderer {
  /// Settings that tailor the terminal output.
  public struct Options: Sendable, Hashable {
    /// The width to wrap to, in terminal columns (at least 20 are used).
    public var width = 80
    /// Whether to colour the output with ANSI escape sequences.
    public var usesColor = false
    /// The narrowest column readings may take side by side; below it they are stacked.
    public var minimumColumnWidth = 24
    /// The number of shared anchors shown for each fact.
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

  /// The report as terminal text, ending with a line break.
  ///
  /// - Parameter report: the report to render.
  /// - Returns: the lines of the report, wrapped to `options.width`.
  public func render(_ report: ComparisonReport) -> String {
    typealias Run = TerminalLayout.Run
    let layout = TerminalLayout(usesColor: options.usesColor)
    let index = ReportIndex(report)
    let width = max(20, options.width)
    var lines = [TerminalLayout.Line]()
    func blank() { lines.append([]) }
    func heading(_ text: String) {
      blank()
      lines.append([Run(text, .strong)])
    }

    let summary = ReportFormatting.summaryParts(of: report).enumerated().flatMap {
      position,
      part in [Run(position == 0 ? "" : " · ", .dim), Run(part)]
    }
    lines += layout.block(summary, width: width)

    heading("Articles")
    for article in report.articles {
      let details =
        [article.language, article.outlet, article.published].compactMap { $0 }
        + [ReportFormatting.count(article.sentences.count, "sentence", "sentences")]
      lines += layout.block(
        [Run(article.id, .strong), Run("  "), Run(details.joined(separator: " · "), .dim)],
        width: width,
        indent: 2,
        hangingIndent: 4
      )
      if let title = article.title {
        lines += layout.block([Run(title)], width: width, indent: 4)
      }
    }

    heading("Divergences (\(report.divergences.count))")
    if report.divergences.isEmpty { lines.append([Run("  none", .dim)]) }
    for divergence in report.divergences {
      blank()
      lines += divergenceLines(divergence, index: index, layout: layout, width: width)
    }

    heading("Shared facts (\(report.facts.count))")
    if report.facts.isEmpty { lines.append([Run("  none", .dim)]) }
    for fact in report.facts {
      blank()
      var header = [
        Run(fact.id, .strong),
        Run(
          " similarity \(ReportFormatting.fixed(fact.evidence.similarityScore, digits: 2))",
          .dim
        ),
      ]
      let anchors = ReportFormatting.anchors(fact.evidence, limit: options.anchorLimit)
      if !anchors.isEmpty {
        header.append(Run(" · " + anchors.joined(separator: ", "), .dim))
      }
      lines += layout.block(header, width: width)
      let labels = fact.claims.map {
        "\($0.article) [\(ReportFormatting.sentenceNumbers($0.sentences))]"
      }
      let entries = zip(labels, fact.claims).map { label, claim in
        (label, index.segments(of: claim.article, sentences: claim.sentences))
      }
      lines += labeledLines(entries, layout: layout, width: width)
    }

    heading("Unmatched claims (\(report.unmatched.count))")
    if report.unmatched.isEmpty { lines.append([Run("  none", .dim)]) }
    for article in report.articles {
      let entries = report.unmatched.filter { $0.article == article.id }
      guard !entries.isEmpty else { continue }
      blank()
      lines.append([Run(article.id, .strong), Run(" (\(entries.count))", .dim)])
      let labeled = entries.map { entry in
        (
          "[\(ReportFormatting.sentenceNumbers(entry.sentences))]",
          index.segments(of: entry.article, sentences: entry.sentences)
        )
      }
      lines += labeledLines(labeled, layout: layout, width: width)
    }
    return lines.map { layout.string($0) }.joined(separator: "\n") + "\n"
  }

  /// One divergence: a heading, the readings side by side (or stacked when the width is too
  /// small for them), and the note.
  private func divergenceLines(
    _ divergence: ComparisonReport.Divergence,
    index: ReportIndex,
    layout: TerminalLayout,
    width: Int
  ) -> [TerminalLayout.Line] {
    typealias Run = TerminalLayout.Run
    var lines = [TerminalLayout.Line]()
    let score = ReportFormatting.fixed(divergence.evidence.similarityScore, digits: 2)
    let details = ReportFormatting.divergenceDetails(divergence) + ["similarity \(score)"]
    lines += layout.block(
      [Run(divergence.id, .strong), Run(" "), Run(details.joined(separator: " · "), .dim)],
      width: width
    )
    let count = max(1, divergence.readings.count)
    let columnWidth = (width - 2 - 3 * (count - 1)) / count
    let sideBySide = count > 1 && columnWidth >= options.minimumColumnWidth
    let blockWidth = sideBySide ? columnWidth : width - 4
    let blocks = divergence.readings.map { reading in
      var block = layout.block(
        [
          Run(reading.article, .strong),
          Run(" [\(ReportFormatting.sentenceNumbers(reading.sentences))]", .dim),
        ],
        width: blockWidth
      )
      block += layout.block([Run("value: ", .dim), Run(reading.normalized)], width: blockWidth)
      block += layout.block(
        index.segments(of: reading, kind: divergence.kind, divergence: divergence.id).map {
          Run($0.text, $0.highlight.map { .highlight($0.kind) } ?? .plain)
        },
        width: blockWidth
      )
      return block
    }
    if sideBySide {
      lines += layout.columns(blocks, columnWidth: columnWidth, indent: 2)
    } else {
      for (position, block) in blocks.enumerated() {
        if position > 0 { lines.append([]) }
        lines += block.map { $0.isEmpty ? $0 : [Run("  ")] + $0 }
      }
    }
    if let note = divergence.note {
      lines += layout.block([Run("note: ", .dim), Run(note)], width: width, indent: 2)
    }
    return lines
  }

  /// Entries as a label column and wrapped text beside it; when the labels would take more
  /// than a third of the width, each label stands on its own line above its text.
  private func labeledLines(
    _ entries: [(label: String, segments: [ReportIndex.Segment])],
    layout: TerminalLayout,
    width: Int
  ) -> [TerminalLayout.Line] {
    typealias Run = TerminalLayout.Run
    let labelWidth = entries.map { TerminalLayout.width(of: $0.label) }.max() ?? 0
    let inline = labelWidth + 4 <= width / 3
    var lines = [TerminalLayout.Line]()
    for entry in entries {
      let runs = entry.segments.map {
        Run($0.text, $0.highlight.map { .highlight($0.kind) } ?? .plain)
      }
      if inline {
        let textIndent = 2 + labelWidth + 2
        var block = layout.block(runs, width: width, indent: textIndent)
        if block.isEmpty { block = [[]] }
        let padding = String(
          repeating: " ",
          count: labelWidth - TerminalLayout.width(of: entry.label) + 2
        )
        let first = block[0].dropFirst()
        block[0] = [Run("  "), Run(entry.label, .dim), Run(padding)] + first
        lines += block.map(TerminalLayout.trimmingTrailingSpaces)
      } else {
        lines.append([Run("  "), Run(entry.label, .dim)])
        lines += layout.block(runs, width: width, indent: 4)
      }
    }
    return lines
  }
}
