import Comparison

/// Wording and number formats the human-readable renderers share, so the terminal, Markdown and
/// HTML reports say the same thing the same way.
enum ReportFormatting {
  /// A score with a fixed number of decimals, without reading any locale (`0.62`).
  static func fixed(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    var scale = 1
    for _ in 0..<max(0, digits) { scale *= 10 }
    let scaled = (abs(value) * Double(scale)).rounded()
    guard scaled < Double(Int.max / 2) else { return value < 0 ? "-inf" : "inf" }
    let units = Int(scaled)
    let sign = value < 0 && units != 0 ? "-" : ""
    guard digits > 0 else { return "\(sign)\(units)" }
    let fraction = String(units % scale)
    let padding = String(repeating: "0", count: max(0, digits - fraction.count))
    return "\(sign)\(units / scale).\(padding)\(fraction)"
  }

  /// Sentence indices (0-based) as readers count them, from 1: `4`, `4–5`, `4, 7`.
  static func sentenceNumbers(_ indices: [Int]) -> String {
    let numbers = indices.map { $0 + 1 }
    guard let first = numbers.first, let last = numbers.last else { return "" }
    if numbers.count > 1 && zip(numbers, numbers.dropFirst()).allSatisfy({ $1 == $0 + 1 }) {
      return "\(first)–\(last)"
    }
    return numbers.map(String.init).joined(separator: ", ")
  }

  /// `1 fact`, `2 facts`.
  static func count(_ value: Int, _ singular: String, _ plural: String) -> String {
    "\(value) \(value == 1 ? singular : plural)"
  }

  /// The languages of the report's articles, in order of first appearance (`en, ja`).
  static func languages(of report: ComparisonReport) -> [String] {
    var seen = Set<String>()
    return report.articles.map(\.language).filter { seen.insert($0).inserted }
  }

  /// The non-zero divergence counts by kind, in the order kinds are declared (`1 number`).
  static func divergenceKinds(of report: ComparisonReport) -> [String] {
    ComparisonReport.DivergenceKind.allCases.compactMap { kind in
      let value =
        report.summary.divergencesByKind[kind.rawValue]
        ?? report.divergences.filter { $0.kind == kind }.count
      return value > 0 ? "\(value) \(kind.rawValue)" : nil
    }
  }

  /// The unmatched counts by article, in article order (`en-kantei 3`).
  static func unmatchedByArticle(of report: ComparisonReport) -> [String] {
    report.articles.map { article in
      let value =
        report.summary.unmatchedByArticle[article.id]
        ?? report.unmatched.filter { $0.article == article.id }.count
      return "\(article.id) \(value)"
    }
  }

  /// The parts of the summary line: articles, sentences, facts, divergences, unmatched claims.
  static func summaryParts(of report: ComparisonReport) -> [String] {
    let summary = report.summary
    var parts = [
      count(summary.articleCount, "article", "articles")
        + " (\(languages(of: report).joined(separator: ", ")))",
      count(summary.sentenceCount, "sentence", "sentences"),
      count(summary.factCount, "shared fact", "shared facts"),
    ]
    let kinds = divergenceKinds(of: report)
    parts.append(
      count(summary.divergenceCount, "divergence", "divergences")
        + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))")
    )
    parts.append(
      count(summary.unmatchedCount, "unmatched claim", "unmatched claims")
        + (report.articles.isEmpty
          ? "" : " (\(unmatchedByArticle(of: report).joined(separator: ", ")))")
    )
    return parts
  }

  /// A divergence's heading after its id: `number · m · in F2` (slot left out when empty).
  static func divergenceDetails(_ divergence: ComparisonReport.Divergence) -> [String] {
    var parts = [divergence.kind.rawValue]
    if !divergence.slot.isEmpty && divergence.slot != divergence.kind.rawValue {
      parts.append(divergence.slot)
    }
    parts.append(divergence.fact.map { "in \($0)" } ?? "related claims")
    return parts
  }

  /// The heaviest shared anchors of some evidence, at most `limit` (`Emmanuel Macron, 2024-05-02`).
  ///
  /// Anchors that exist only for matching are not shown to readers: date parts other than
  /// years (`35`, the minutes of a time, means nothing alone) and times keyed in UTC
  /// (`utc:…`); the date itself is shown. A value is shown once (a concept and its word,
  /// `island` and `island`).
  static func anchors(_ evidence: ComparisonReport.Evidence, limit: Int) -> [String] {
    var shown = Set<String>()
    return evidence.anchors.filter { anchor in
      !(anchor.kind == .datePart && anchor.value.count < 4) && !anchor.value.hasPrefix("utc:")
        && shown.insert(anchor.value).inserted
    }
    .prefix(max(0, limit)).map(\.value)
  }

  /// The named contributions of a score, largest first, then by name (`entity 0.31`).
  static func contributions(_ evidence: ComparisonReport.Evidence) -> [String] {
    evidence.contributions.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .map { "\($0.key) \(fixed($0.value, digits: 2))" }
  }
}
