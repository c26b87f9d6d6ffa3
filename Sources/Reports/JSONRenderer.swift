import Comparison
import Foundation

/// Renders a comparison report as JSON: the comparison contract (`schemaVersion` 1, the fields
/// of `ComparisonReport`) plus a `coverage` object with what the other renderers show.
///
/// `coverage.articles` has one entry per article (sentences, facts taken part in, divergences,
/// unmatched claims, the share of facts covered); `coverage.matrix` has one entry per fact and
/// article (`covered`, and the article's sentences in the fact), ready for a data frame. Keys
/// are sorted; the layout is described by `schemas/report.schema.json`. Programs that read only
/// the contract can decode the output as a `ComparisonReport`: the extra keys are ignored.
///
/// ```swift
/// let json = JSONRenderer().render(report)
/// let decoded = try JSONDecoder().decode(ComparisonReport.self, from: Data(json.utf8))
/// ```
public struct JSONRenderer: ReportRenderer {
  /// Settings that tailor the JSON output.
  public struct Options: Sendable, Hashable {
    /// Whether to indent the JSON over several lines; without it the report is one line, as
    /// JSON Lines need.
    public var isPrettyPrinted = true
    /// Whether to add the `coverage` object to the contract.
    public var includesCoverage = true
    /// The story's id, written as a top-level `story` key when set (batch output).
    public var story: String?
    /// Creates options with the default settings.
    public init() {}
  }

  /// The settings in force.
  public var options: Options

  /// Creates a renderer with `options`.
  ///
  /// - Parameter options: the settings to render with.
  public init(options: Options = Options()) { self.options = options }

  /// The report as JSON, ending with a line break.
  ///
  /// Non-finite numbers (which the comparer never produces) are written as the strings `"NaN"`,
  /// `"Infinity"` and `"-Infinity"` rather than failing.
  ///
  /// - Parameter report: the report to render.
  /// - Returns: one JSON object.
  public func render(_ report: ComparisonReport) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      options.isPrettyPrinted
      ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
      : [.sortedKeys, .withoutEscapingSlashes]
    encoder.nonConformingFloatEncodingStrategy = .convertToString(
      positiveInfinity: "Infinity",
      negativeInfinity: "-Infinity",
      nan: "NaN"
    )
    let document = Document(
      report: report,
      coverage: options.includesCoverage ? Coverage(ReportIndex(report)) : nil,
      story: options.story
    )
    guard let data = try? encoder.encode(document) else {
      // Unreachable with the strategy above: every other value is a string, integer or array.
      return "{}\n"
    }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  /// The report's own keys followed by the extra ones, in one JSON object.
  private struct Document: Encodable {
    var report: ComparisonReport
    var coverage: Coverage?
    var story: String?

    enum ExtraKeys: String, CodingKey {
      case coverage
      case story
    }

    func encode(to encoder: any Encoder) throws {
      // The report encodes its keys into the encoder's object; the extra keys join them there,
      // so fields the model gains later appear without a change here.
      try report.encode(to: encoder)
      var container = encoder.container(keyedBy: ExtraKeys.self)
      try container.encodeIfPresent(coverage, forKey: .coverage)
      try container.encodeIfPresent(story, forKey: .story)
    }
  }

  /// Coverage of the facts by the articles.
  private struct Coverage: Encodable {
    struct Article: Encodable {
      var article: String
      var sentenceCount: Int
      var factCount: Int
      var divergenceCount: Int
      var unmatchedCount: Int
      var factShare: Double
    }

    struct Cell: Encodable {
      var fact: String
      var article: String
      var covered: Bool
      var sentences: [Int]
    }

    var articles: [Article]
    var matrix: [Cell]

    init(_ index: ReportIndex) {
      articles = index.coverage.map {
        Article(
          article: $0.article,
          sentenceCount: $0.sentenceCount,
          factCount: $0.factCount,
          divergenceCount: $0.divergenceCount,
          unmatchedCount: $0.unmatchedCount,
          factShare: $0.factShare
        )
      }
      matrix = index.report.facts.flatMap { fact in
        index.report.articles.map { article in
          let claim = index.claim(of: fact, in: article.id)
          return Cell(
            fact: fact.id,
            article: article.id,
            covered: claim != nil,
            sentences: claim?.sentences ?? []
          )
        }
      }
    }
  }
}
