import Comparison

/// Lookups every renderer needs: sentences by article and index, the divergent spans inside each
/// sentence, which fact a sentence belongs to, and coverage counts per article.
///
/// Built once per rendering from the report alone; every list keeps the report's order, and
/// nothing is read out of a dictionary without sorting, so renderers stay deterministic.
struct ReportIndex {
  /// A sentence of one article.
  struct SentenceKey: Hashable {
    var article: String
    var index: Int
  }

  /// A divergent span inside one sentence's text.
  struct Highlight: Hashable {
    /// The UTF-8 byte range of the span in the sentence's `text`.
    var utf8Range: Range<Int>
    /// The kind of divergence the span belongs to.
    var kind: ComparisonReport.DivergenceKind
    /// The divergence's id.
    var divergence: String
  }

  /// A piece of a sentence: plain text or a divergent span.
  struct Segment: Hashable {
    var text: String
    var highlight: Highlight?
  }

  /// Counts for one article.
  struct Coverage: Hashable {
    var article: String
    var sentenceCount: Int
    var factCount: Int
    var divergenceCount: Int
    var unmatchedCount: Int
    /// The share of the report's facts the article takes part in, 0...1 (0 without facts).
    var factShare: Double
  }

  let report: ComparisonReport
  private let articlesByID: [String: ComparisonReport.Article]
  private let sentencesByKey: [SentenceKey: ComparisonReport.Sentence]
  private let highlightsByKey: [SentenceKey: [Highlight]]
  private let factsByKey: [SentenceKey: [String]]
  private let unmatchedKeys: Set<SentenceKey>

  init(_ report: ComparisonReport) {
    self.report = report
    var articles = [String: ComparisonReport.Article]()
    var sentences = [SentenceKey: ComparisonReport.Sentence]()
    for article in report.articles where articles[article.id] == nil {
      articles[article.id] = article
      for sentence in article.sentences {
        let key = SentenceKey(article: article.id, index: sentence.index)
        if sentences[key] == nil { sentences[key] = sentence }
      }
    }
    var facts = [SentenceKey: [String]]()
    for fact in report.facts {
      for claim in fact.claims {
        for index in claim.sentences {
          facts[SentenceKey(article: claim.article, index: index), default: []].append(fact.id)
        }
      }
    }
    var highlights = [SentenceKey: [Highlight]]()
    for divergence in report.divergences {
      for reading in divergence.readings {
        for index in reading.sentences {
          let key = SentenceKey(article: reading.article, index: index)
          guard let sentence = sentences[key],
            let range = Self.span(of: reading, in: sentence)
          else { continue }
          let highlight = Highlight(
            utf8Range: range,
            kind: divergence.kind,
            divergence: divergence.id
          )
          if !(highlights[key] ?? []).contains(highlight) {
            highlights[key, default: []].append(highlight)
          }
          break
        }
      }
    }
    var unmatched = Set<SentenceKey>()
    for entry in report.unmatched {
      for index in entry.sentences {
        unmatched.insert(SentenceKey(article: entry.article, index: index))
      }
    }
    self.articlesByID = articles
    self.sentencesByKey = sentences
    self.highlightsByKey = highlights
    self.factsByKey = facts
    self.unmatchedKeys = unmatched
  }

  /// The article with `id`, if the report lists it.
  func article(_ id: String) -> ComparisonReport.Article? { articlesByID[id] }

  /// The sentence `index` of article `id`, if the report lists it.
  func sentence(_ article: String, _ index: Int) -> ComparisonReport.Sentence? {
    sentencesByKey[SentenceKey(article: article, index: index)]
  }

  /// The ids of the facts a sentence belongs to, in report order.
  func facts(containing article: String, _ index: Int) -> [String] {
    factsByKey[SentenceKey(article: article, index: index)] ?? []
  }

  /// Whether a sentence is (part of) an unmatched claim.
  func isUnmatched(_ article: String, _ index: Int) -> Bool {
    unmatchedKeys.contains(SentenceKey(article: article, index: index))
  }

  /// The text of some sentences of one article, joined as the language writes them (no space
  /// between Japanese sentences); an index the report does not list is skipped.
  func text(of article: String, sentences indices: [Int]) -> String {
    let separator = self.article(article)?.language == "ja" ? "" : " "
    return indices.compactMap { sentence(article, $0)?.text }.joined(separator: separator)
  }

  /// The segments of a sentence: its text cut at the divergent spans inside it.
  ///
  /// Overlapping spans are cut where either starts or ends; a piece inside several takes the
  /// first divergence in report order.
  func segments(of article: String, _ index: Int) -> [Segment] {
    guard let sentence = sentence(article, index) else { return [] }
    return Self.segments(
      of: sentence.text,
      highlights: highlightsByKey[SentenceKey(article: article, index: index)] ?? []
    )
  }

  /// The segments of some sentences of one article, joined as `text(of:sentences:)` joins them.
  func segments(of article: String, sentences indices: [Int]) -> [Segment] {
    let separator = self.article(article)?.language == "ja" ? "" : " "
    var result = [Segment]()
    for index in indices where sentence(article, index) != nil {
      if !result.isEmpty && !separator.isEmpty { result.append(Segment(text: separator)) }
      result += segments(of: article, index)
    }
    return result
  }

  /// The segments of one divergence reading: its sentences, with only this reading's span
  /// highlighted.
  func segments(
    of reading: ComparisonReport.Reading,
    kind: ComparisonReport.DivergenceKind,
    divergence: String
  ) -> [Segment] {
    let separator = article(reading.article)?.language == "ja" ? "" : " "
    var result = [Segment]()
    var marked = false
    for index in reading.sentences {
      guard let sentence = sentence(reading.article, index) else { continue }
      if !result.isEmpty && !separator.isEmpty { result.append(Segment(text: separator)) }
      var highlights = [Highlight]()
      if !marked, let range = Self.span(of: reading, in: sentence) {
        highlights.append(Highlight(utf8Range: range, kind: kind, divergence: divergence))
        marked = true
      }
      result += Self.segments(of: sentence.text, highlights: highlights)
    }
    if result.isEmpty {
      result.append(
        Segment(
          text: reading.text,
          highlight: Highlight(
            utf8Range: 0..<reading.text.utf8.count,
            kind: kind,
            divergence: divergence
          )
        )
      )
    }
    return result
  }

  /// Coverage counts for every article, in report order.
  var coverage: [Coverage] {
    report.articles.map { article in
      let factCount = report.facts.filter { fact in
        fact.claims.contains { $0.article == article.id }
      }.count
      let divergenceCount = report.divergences.filter { divergence in
        divergence.readings.contains { $0.article == article.id }
      }.count
      let unmatchedCount = report.unmatched.filter { $0.article == article.id }.count
      return Coverage(
        article: article.id,
        sentenceCount: article.sentences.count,
        factCount: factCount,
        divergenceCount: divergenceCount,
        unmatchedCount: unmatchedCount,
        factShare: report.facts.isEmpty ? 0 : Double(factCount) / Double(report.facts.count)
      )
    }
  }

  /// The claim an article contributes to a fact, if any.
  func claim(of fact: ComparisonReport.Fact, in article: String) -> ComparisonReport.ClaimReference?
  {
    fact.claims.first { $0.article == article }
  }

  /// Where a reading's span lies in one of its sentences, as a UTF-8 range of the sentence's
  /// text: from the reading's article range when that lands on the same bytes, else the first
  /// occurrence of the reading's text; `nil` when neither finds it.
  static func span(
    of reading: ComparisonReport.Reading,
    in sentence: ComparisonReport.Sentence
  ) -> Range<Int>? {
    let text = Array(sentence.text.utf8)
    let needle = Array(reading.text.utf8)
    guard !needle.isEmpty, needle.count <= text.count else { return nil }
    let start = reading.utf8Range.lowerBound - sentence.utf8Range.lowerBound
    if start >= 0, start + needle.count <= text.count,
      Array(text[start..<(start + needle.count)]) == needle
    {
      return start..<(start + needle.count)
    }
    for offset in 0...(text.count - needle.count) where text[offset] == needle[0] {
      if Array(text[offset..<(offset + needle.count)]) == needle {
        return offset..<(offset + needle.count)
      }
    }
    return nil
  }

  /// A text cut at the boundaries of `highlights` (UTF-8 ranges of it); ranges that fall outside
  /// the text or inside a scalar are ignored.
  static func segments(of text: String, highlights: [Highlight]) -> [Segment] {
    let bytes = Array(text.utf8)
    func isBoundary(_ offset: Int) -> Bool {
      offset == bytes.count || (offset >= 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
    }
    let usable = highlights.filter {
      $0.utf8Range.lowerBound >= 0 && $0.utf8Range.upperBound <= bytes.count
        && !$0.utf8Range.isEmpty
        && isBoundary($0.utf8Range.lowerBound) && isBoundary($0.utf8Range.upperBound)
    }
    guard !usable.isEmpty else { return text.isEmpty ? [] : [Segment(text: text)] }
    var cuts = Set([0, bytes.count])
    for highlight in usable {
      cuts.insert(highlight.utf8Range.lowerBound)
      cuts.insert(highlight.utf8Range.upperBound)
    }
    let ordered = cuts.sorted()
    var result = [Segment]()
    for (start, end) in zip(ordered, ordered.dropFirst()) where start < end {
      let piece = String(decoding: bytes[start..<end], as: UTF8.self)
      let covering = usable.first {
        $0.utf8Range.lowerBound <= start && end <= $0.utf8Range.upperBound
      }
      if let last = result.last, last.highlight == covering {
        result[result.count - 1].text += piece
      } else {
        result.append(Segment(text: piece, highlight: covering))
      }
    }
    return result
  }
}
