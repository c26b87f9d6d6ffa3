import Comparison

/// Turns a comparison report into text for one audience: a terminal, a write-up, a browser, a
/// program.
///
/// Renderers are deterministic: equal reports (and equal options) give byte-identical output.
/// They read no environment, clock or locale; whatever depends on the reader's setting (terminal
/// width, colour) comes in through the renderer's `Options`.
///
/// ```swift
/// let report = try StoryComparer().compare(articles)
/// print(MarkdownRenderer().render(report), terminator: "")
/// ```
public protocol ReportRenderer: Sendable {
  /// The report rendered as one string, ending with a line break.
  ///
  /// - Parameter report: the report to render.
  /// - Returns: the rendered text.
  func render(_ report: ComparisonReport) -> String
}
