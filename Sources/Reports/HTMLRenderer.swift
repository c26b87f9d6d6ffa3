import Comparison

/// Renders a comparison report as one self-contained HTML page.
///
/// The page has its style sheet inline and makes no request: no script, font, image or link to
/// another site. It reads without JavaScript; divergences can be filtered by kind with
/// checkboxes that work through CSS alone. Sections: the summary, the articles, the divergences
/// with their readings side by side and the divergent span highlighted by kind, a coverage
/// matrix (facts × articles), the shared facts aligned in one row per fact, the unmatched
/// claims of each article, and the articles side by side, each sentence linked to its fact.
///
/// Every string that comes from the report (article text, titles, ids, values, notes) is
/// escaped; element ids are made from positions, never from article text.
///
/// ```swift
/// var options = HTMLRenderer.Options()
/// options.title = "France–Japan talks: Reuters vs the readouts"
/// try HTMLRenderer(options: options).render(report).write(toFile: "report.html", atomically: true, encoding: .utf8)
/// ```
public struct HTMLRenderer: ReportRenderer {
  /// Settings that tailor the HTML page.
  public struct Options: Sendable, Hashable {
    /// The page's title and top heading.
    public var title = "Story comparison"
    /// Whether the page ends with the full articles side by side.
    public var includesArticleTexts = true
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

  /// The report as an HTML document, ending with a line break.
  ///
  /// - Parameter report: the report to render.
  /// - Returns: the HTML page.
  public func render(_ report: ComparisonReport) -> String {
    let page = Page(report: report, options: options)
    return page.html()
  }
}

/// The state of one rendering: lookups and the element ids made from positions.
private struct Page {
  let report: ComparisonReport
  let options: HTMLRenderer.Options
  let index: ReportIndex
  /// The anchor of each article id (`a1`, `a2`, ...), by input order.
  let articleAnchors: [String: String]
  /// The anchor of each fact id (`f1`, `f2`, ...).
  let factAnchors: [String: String]

  init(report: ComparisonReport, options: HTMLRenderer.Options) {
    self.report = report
    self.options = options
    self.index = ReportIndex(report)
    var articles = [String: String]()
    for (position, article) in report.articles.enumerated() where articles[article.id] == nil {
      articles[article.id] = "a\(position + 1)"
    }
    var facts = [String: String]()
    for (position, fact) in report.facts.enumerated() where facts[fact.id] == nil {
      facts[fact.id] = "f\(position + 1)"
    }
    self.articleAnchors = articles
    self.factAnchors = facts
  }

  func e(_ text: String) -> String { HTMLEscaping.escaped(text) }

  /// The anchor of a sentence, `a1-s3`, or `nil` when the report does not list the sentence.
  func sentenceAnchor(_ article: String, _ index: Int) -> String? {
    guard let base = articleAnchors[article], self.index.sentence(article, index) != nil else {
      return nil
    }
    return "\(base)-s\(index)"
  }

  /// A link to the first sentence of a claim, labelled `article [n]`.
  func claimLink(_ article: String, _ sentences: [Int], showsArticle: Bool = true) -> String {
    let label =
      (showsArticle ? e(article) + " " : "") + "[\(ReportFormatting.sentenceNumbers(sentences))]"
    guard let first = sentences.first, let anchor = sentenceAnchor(article, first) else {
      return "<span class=\"ref\">\(label)</span>"
    }
    return "<a class=\"ref\" href=\"#\(anchor)\">\(label)</a>"
  }

  /// Segments as HTML, divergent spans in `<mark>` coloured by kind.
  func inline(_ segments: [ReportIndex.Segment]) -> String {
    segments.map { segment in
      guard let highlight = segment.highlight else { return e(segment.text) }
      let kind = highlight.kind.rawValue
      return "<mark class=\"kind-\(kind)\" title=\"\(e(highlight.divergence)) \(kind)\">"
        + e(segment.text) + "</mark>"
    }.joined()
  }

  func html() -> String {
    var out = [String]()
    out.append("<!DOCTYPE html>")
    out.append("<html lang=\"en\">")
    out.append("<head>")
    out.append("<meta charset=\"utf-8\">")
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    out.append("<meta name=\"generator\" content=\"StoryDiff\">")
    out.append("<title>\(e(options.title))</title>")
    out.append("<style>")
    out.append(HTMLRenderer.styleSheet)
    out.append("</style>")
    out.append("</head>")
    out.append("<body>")
    out.append("<header>")
    out.append("<h1>\(e(options.title))</h1>")
    out.append(
      "<p class=\"summary\">"
        + ReportFormatting.summaryParts(of: report).map(e).joined(separator: " · ") + "</p>"
    )
    out.append("<nav class=\"filters\" aria-label=\"Divergence kinds shown\">")
    out.append("<span class=\"muted\">Show divergences:</span>")
    for kind in ComparisonReport.DivergenceKind.allCases {
      let count = report.divergences.filter { $0.kind == kind }.count
      out.append(
        "<span><input type=\"checkbox\" id=\"show-\(kind.rawValue)\" checked>"
          + "<label for=\"show-\(kind.rawValue)\" style=\"background: var(--k-\(kind.rawValue))\">"
          + "\(kind.rawValue) (\(count))</label></span>"
      )
    }
    out.append("</nav>")
    out.append("</header>")
    out.append("<main>")
    out += articlesSection()
    out += divergencesSection()
    out += coverageSection()
    out += factsSection()
    out += unmatchedSection()
    if options.includesArticleTexts { out += textsSection() }
    out.append("</main>")
    out.append(
      "<footer>Made by StoryDiff (report schema version \(report.schemaVersion)). Sentence numbers "
        + "count from 1. Highlights: divergent spans, coloured by kind.</footer>"
    )
    out.append("</body>")
    out.append("</html>")
    return out.joined(separator: "\n") + "\n"
  }

  func articlesSection() -> [String] {
    var out = ["<section id=\"articles\">", "<h2>Articles</h2>", "<table>"]
    out.append(
      "<thead><tr><th>Article</th><th>Language</th><th>Outlet</th><th>Published</th>"
        + "<th>Title</th><th class=\"num\">Sentences</th><th class=\"num\">Facts</th>"
        + "<th class=\"num\">Divergences</th><th class=\"num\">Unmatched</th></tr></thead>"
    )
    out.append("<tbody>")
    for (article, coverage) in zip(report.articles, index.coverage) {
      let anchor = articleAnchors[article.id] ?? ""
      out.append(
        "<tr><td class=\"nowrap\"><a href=\"#\(anchor)\">\(e(article.id))</a></td>"
          + "<td>\(e(article.language))</td><td>\(e(article.outlet ?? "—"))</td>"
          + "<td class=\"nowrap\">\(e(article.published ?? "—"))</td>"
          + "<td lang=\"\(e(article.language))\">\(e(article.title ?? "—"))</td>"
          + "<td class=\"num\">\(coverage.sentenceCount)</td>"
          + "<td class=\"num\">\(coverage.factCount)</td>"
          + "<td class=\"num\">\(coverage.divergenceCount)</td>"
          + "<td class=\"num\">\(coverage.unmatchedCount)</td></tr>"
      )
    }
    out += ["</tbody>", "</table>", "</section>"]
    return out
  }

  func divergencesSection() -> [String] {
    var out = ["<section id=\"divergences\">", "<h2>Divergences</h2>"]
    if report.divergences.isEmpty { out.append("<p class=\"muted\">None.</p>") }
    for (position, divergence) in report.divergences.enumerated() {
      let kind = divergence.kind.rawValue
      out.append("<article class=\"divergence kind-\(kind)\" id=\"d\(position + 1)\">")
      var heading =
        "<h3><a href=\"#d\(position + 1)\">\(e(divergence.id))</a> <span class=\"tag\">\(kind)</span>"
      if !divergence.slot.isEmpty && divergence.slot != kind {
        heading += " · \(e(divergence.slot))"
      }
      if let fact = divergence.fact {
        let link = factAnchors[fact].map { "<a href=\"#\($0)\">\(e(fact))</a>" } ?? e(fact)
        heading += " · in \(link)"
      } else {
        heading += " · related claims"
      }
      let score = ReportFormatting.fixed(divergence.evidence.similarityScore, digits: 2)
      heading += " <span class=\"score\">similarity \(score)"
      let anchors = ReportFormatting.anchors(divergence.evidence, limit: options.anchorLimit)
      if !anchors.isEmpty { heading += "; shared: " + anchors.map(e).joined(separator: ", ") }
      heading += "</span></h3>"
      out.append(heading)
      out.append("<div class=\"readings\">")
      for reading in divergence.readings {
        let language = index.article(reading.article)?.language ?? ""
        out.append("<div class=\"reading\">")
        out.append("<div>\(claimLink(reading.article, reading.sentences))</div>")
        out.append("<div class=\"value\">\(e(reading.normalized))</div>")
        out.append(
          "<p lang=\"\(e(language))\">"
            + inline(index.segments(of: reading, kind: divergence.kind, divergence: divergence.id))
            + "</p>"
        )
        out.append("</div>")
      }
      out.append("</div>")
      if let note = divergence.note { out.append("<p class=\"note\">Note: \(e(note))</p>") }
      out.append("</article>")
    }
    out.append("</section>")
    return out
  }

  func coverageSection() -> [String] {
    var out = ["<section id=\"coverage\">", "<h2>Coverage</h2>"]
    guard !report.facts.isEmpty else {
      return out + ["<p class=\"muted\">No shared facts.</p>", "</section>"]
    }
    out.append("<table class=\"matrix\">")
    out.append(
      "<thead><tr><th>Fact</th>"
        + report.articles.map { "<th>\(e($0.id))</th>" }.joined() + "</tr></thead>"
    )
    out.append("<tbody>")
    for fact in report.facts {
      var row = "<tr><td><a href=\"#\(factAnchors[fact.id] ?? "")\">\(e(fact.id))</a></td>"
      for article in report.articles {
        if let claim = index.claim(of: fact, in: article.id) {
          row +=
            "<td class=\"yes\">✓ " + claimLink(claim.article, claim.sentences, showsArticle: false)
            + "</td>"
        } else {
          row += "<td class=\"no\">—</td>"
        }
      }
      out.append(row + "</tr>")
    }
    out.append("</tbody>")
    out.append(
      "<tfoot><tr><th>Facts covered</th>"
        + index.coverage.map { "<th>\($0.factCount) / \(report.facts.count)</th>" }.joined()
        + "</tr></tfoot>"
    )
    out += ["</table>", "</section>"]
    return out
  }

  func factsSection() -> [String] {
    var out = ["<section id=\"facts\">", "<h2>Shared facts</h2>"]
    guard !report.facts.isEmpty else {
      return out + ["<p class=\"muted\">None.</p>", "</section>"]
    }
    out.append("<table class=\"aligned\">")
    out.append(
      "<thead><tr><th>Fact</th>" + report.articles.map { "<th>\(e($0.id))</th>" }.joined()
        + "</tr></thead>"
    )
    out.append("<tbody>")
    for fact in report.facts {
      let score = ReportFormatting.fixed(fact.evidence.similarityScore, digits: 2)
      let anchors = ReportFormatting.anchors(fact.evidence, limit: options.anchorLimit)
      var row =
        "<tr id=\"\(factAnchors[fact.id] ?? "")\"><td><b>\(e(fact.id))</b><br>"
        + "<span class=\"score\">similarity \(score)</span>"
      if !anchors.isEmpty {
        row += "<br><span class=\"legend\">" + anchors.map(e).joined(separator: ", ") + "</span>"
      }
      row += "</td>"
      for article in report.articles {
        if let claim = index.claim(of: fact, in: article.id) {
          row +=
            "<td lang=\"\(e(article.language))\">"
            + claimLink(claim.article, claim.sentences, showsArticle: false)
            + inline(index.segments(of: claim.article, sentences: claim.sentences)) + "</td>"
        } else {
          row += "<td class=\"absent\">—</td>"
        }
      }
      out.append(row + "</tr>")
    }
    out += ["</tbody>", "</table>", "</section>"]
    return out
  }

  func unmatchedSection() -> [String] {
    var out = ["<section id=\"unmatched\">", "<h2>Unmatched claims</h2>"]
    out.append("<div class=\"columns\">")
    for article in report.articles {
      let entries = report.unmatched.filter { $0.article == article.id }
      out.append("<div class=\"column\">")
      out.append("<h3>\(e(article.id)) <span class=\"muted\">(\(entries.count))</span></h3>")
      if entries.isEmpty {
        out.append("<p class=\"muted\">None.</p>")
      } else {
        out.append("<ul lang=\"\(e(article.language))\">")
        for entry in entries {
          out.append(
            "<li>" + claimLink(entry.article, entry.sentences, showsArticle: false)
              + inline(index.segments(of: entry.article, sentences: entry.sentences)) + "</li>"
          )
        }
        out.append("</ul>")
      }
      out.append("</div>")
    }
    out += ["</div>", "</section>"]
    return out
  }

  func textsSection() -> [String] {
    var out = ["<section id=\"texts\">", "<h2>Articles side by side</h2>"]
    out.append(
      "<p class=\"legend\">Shaded sentences belong to a shared fact (the badge links to it); a "
        + "dashed edge marks a claim no other article makes.</p>"
    )
    out.append("<div class=\"columns\">")
    for article in report.articles {
      let anchor = articleAnchors[article.id] ?? ""
      out.append("<div class=\"column\" id=\"\(anchor)\" lang=\"\(e(article.language))\">")
      out.append("<h3>\(e(article.id))</h3>")
      if let title = article.title { out.append("<p><b>\(e(title))</b></p>") }
      out.append("<ol>")
      for sentence in article.sentences {
        let facts = index.facts(containing: article.id, sentence.index)
        var classes = [String]()
        if !facts.isEmpty { classes.append("in-fact") }
        if index.isUnmatched(article.id, sentence.index) { classes.append("unmatched") }
        let classAttribute = classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\""
        let badges = facts.map { fact in
          "<a class=\"badge\" href=\"#\(factAnchors[fact] ?? "")\">\(e(fact))</a>"
        }.joined()
        out.append(
          "<li value=\"\(sentence.index + 1)\" id=\"\(anchor)-s\(sentence.index)\"\(classAttribute)>"
            + inline(index.segments(of: article.id, sentence.index)) + badges + "</li>"
        )
      }
      out.append("</ol>")
      out.append("</div>")
    }
    out += ["</div>", "</section>"]
    return out
  }
}
