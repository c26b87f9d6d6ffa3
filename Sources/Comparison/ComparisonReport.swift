import Articles
import TextCore

/// The result of comparing the articles of one story: shared facts, typed divergences and
/// unmatched claims, each with the evidence that justifies it.
///
/// The report is the only thing renderers see. Ids (`F1`, `D1`) and the order of every list are
/// deterministic: equal inputs give equal reports, and `jsonData()` gives byte-identical JSON.
public struct ComparisonReport: Sendable, Hashable, Codable {
  /// The version of this JSON layout; changes that break readers raise it.
  public static let currentSchemaVersion = 1

  /// The version of the JSON layout (1).
  public var schemaVersion: Int
  /// The articles compared, in input order, with their sentences.
  public var articles: [Article]
  /// Claims that two or more articles make alike, in order of first appearance.
  public var facts: [Fact]
  /// Points on which articles disagree, typed.
  public var divergences: [Divergence]
  /// Claims only one article makes, by article in input order, then sentence.
  public var unmatched: [Unmatched]
  /// Counts for a report's header.
  public var summary: Summary

  /// Creates a report from its parts.
  public init(
    articles: [Article],
    facts: [Fact],
    divergences: [Divergence],
    unmatched: [Unmatched],
    summary: Summary
  ) {
    self.schemaVersion = Self.currentSchemaVersion
    self.articles = articles
    self.facts = facts
    self.divergences = divergences
    self.unmatched = unmatched
    self.summary = summary
  }

  /// One compared article: its metadata and its sentences.
  public struct Article: Sendable, Hashable, Codable {
    /// The article's id (the file name without its extension).
    public var id: String
    /// The article's language code (`en`, `fr`, `ja`).
    public var language: String
    /// The headline, or `nil`.
    public var title: String?
    /// The outlet, or `nil`.
    public var outlet: String?
    /// The publication date as `YYYY-MM-DD`, or `nil`.
    public var published: String?
    /// The sentences, in order.
    public var sentences: [Sentence]

    /// Creates an article entry.
    public init(
      id: String,
      language: String,
      title: String?,
      outlet: String?,
      published: String?,
      sentences: [Sentence]
    ) {
      self.id = id
      self.language = language
      self.title = title
      self.outlet = outlet
      self.published = published
      self.sentences = sentences
    }

    /// Encodes absent metadata as `null` so every article object has the same fields.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(language, forKey: .language)
      try container.encode(title, forKey: .title)
      try container.encode(outlet, forKey: .outlet)
      try container.encode(published, forKey: .published)
      try container.encode(sentences, forKey: .sentences)
    }
  }

  /// One sentence of an article.
  public struct Sentence: Sendable, Hashable, Codable {
    /// The index of the sentence in its article (0-based).
    public var index: Int
    /// The sentence as written.
    public var text: String
    /// The UTF-8 byte range of the sentence in the article's text, as `[start, end]`.
    public var utf8Range: Range<Int>

    /// Creates a sentence entry.
    public init(index: Int, text: String, utf8Range: Range<Int>) {
      self.index = index
      self.text = text
      self.utf8Range = utf8Range
    }
  }

  /// The kinds of anchor a similarity is built from.
  public enum AnchorKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A named entity by canonical English name (`Emmanuel Macron`).
    case entity
    /// A quantity: value and unit (`96 m`, `2 hour`).
    case number
    /// The unit of a quantity alone (`hour`), a weak hint that two claims count the same thing.
    case unit
    /// A date or time at the precision written (`2024-05-02`; times with a zone in UTC).
    case date
    /// A coarser part of a fuller date (`2024-05` of `2024-05-02`).
    case datePart = "date-part"
    /// The canonical speaker of a quote.
    case speaker
    /// A concept id: the English lemma of a content word (`negotiation`).
    case concept
    /// One English word of a concept, of three letters or more (`body` of `upper body`): a
    /// weaker hint that lets a translation that names a thing more or less precisely meet.
    /// Words of one rough stem count as one (`historical`, `history`), named by the first of
    /// them in the story.
    case conceptWord = "concept-word"
    /// A literal token that survives translation (`OECD`, `G7`, `2019`).
    case token
  }

  /// One anchor two or more claims share, with its weight in the similarity.
  public struct Anchor: Sendable, Hashable, Codable {
    /// The kind of anchor.
    public var kind: AnchorKind
    /// The normalized value.
    public var value: String
    /// The anchor's weight: the prior of its kind times its inverse frequency in the story.
    public var weight: Double

    /// Creates an anchor entry.
    public init(kind: AnchorKind, value: String, weight: Double) {
      self.kind = kind
      self.value = value
      self.weight = weight
    }
  }

  /// Why claims were judged alike: their similarity, split into named contributions.
  public struct Evidence: Sendable, Hashable, Codable {
    /// The similarity score, 0...1 (plus at most the order bonus).
    public var similarityScore: Double
    /// The score's parts by source: anchor kinds (`entity`, `number`, `concept`, ...) and
    /// `order` (the bonus for neighbours of aligned claims); they add up to the score.
    public var contributions: [String: Double]
    /// The shared anchors, heaviest first.
    public var anchors: [Anchor]

    /// Creates an evidence entry.
    public init(similarityScore: Double, contributions: [String: Double], anchors: [Anchor]) {
      self.similarityScore = similarityScore
      self.contributions = contributions
      self.anchors = anchors
    }
  }

  /// The place of a claim: an article and one or more consecutive sentences.
  public struct ClaimReference: Sendable, Hashable, Codable {
    /// The article's id.
    public var article: String
    /// The sentence indices, ascending (several for a many-to-one match).
    public var sentences: [Int]

    /// Creates a claim reference.
    public init(article: String, sentences: [Int]) {
      self.article = article
      self.sentences = sentences
    }
  }

  /// A claim that two or more articles make alike.
  public struct Fact: Sendable, Hashable, Codable {
    /// The fact's id.
    ///
    /// `F1`, `F2`, ... in order of first appearance.
    public var id: String
    /// One entry per article, in article input order.
    public var claims: [ClaimReference]
    /// Why the claims were grouped: the mean similarity of the articles' claims, pair by pair.
    public var evidence: Evidence

    /// Creates a fact.
    public init(id: String, claims: [ClaimReference], evidence: Evidence) {
      self.id = id
      self.claims = claims
      self.evidence = evidence
    }
  }

  /// The kinds of disagreement the comparison finds.
  public enum DivergenceKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The same quantity with different values (`96 m` vs `93 m`).
    case number
    /// The same event on different dates or times, at the precision both give.
    case date
    /// The same slot filled by different entities (`Australia` vs `United Kingdom`).
    case entity
    /// The same statement credited to different speakers.
    case attribution
    /// The same quote worded differently (articles in one language).
    case quote
    /// The same quantity hedged differently (`about a year` vs `more than a year`).
    case qualifier
  }

  /// One article's side of a divergence.
  public struct Reading: Sendable, Hashable, Codable {
    /// The article's id.
    public var article: String
    /// The sentence indices of the claim.
    public var sentences: [Int]
    /// The span as written (`about a year`, `約１年`).
    public var text: String
    /// The value compared: `"96 m"`, an ISO date, a canonical name, a qualifier and amount.
    public var normalized: String
    /// The UTF-8 byte range of the span in the article's text.
    public var utf8Range: Range<Int>

    /// Creates a reading.
    public init(
      article: String,
      sentences: [Int],
      text: String,
      normalized: String,
      utf8Range: Range<Int>
    ) {
      self.article = article
      self.sentences = sentences
      self.text = text
      self.normalized = normalized
      self.utf8Range = utf8Range
    }
  }

  /// A point on which articles disagree.
  public struct Divergence: Sendable, Hashable, Codable {
    /// The divergence's id.
    ///
    /// `D1`, `D2`, ... in report order.
    public var id: String
    /// What disagrees.
    public var kind: DivergenceKind
    /// The fact the claims belong to, or `nil` when they only share their subject anchors.
    public var fact: String?
    /// The slot compared: the unit of a number (`m`, `person`, `""` for a bare number), the
    /// entity kind (`place`), `speaker`, `quote` or `date`.
    public var slot: String
    /// One reading per article and claim, in article input order.
    public var readings: [Reading]
    /// Why the claims are about the same point: their similarity and shared anchors.
    public var evidence: Evidence
    /// A remark for readers, such as that the articles were published on different dates.
    public var note: String?

    /// Creates a divergence.
    public init(
      id: String,
      kind: DivergenceKind,
      fact: String?,
      slot: String,
      readings: [Reading],
      evidence: Evidence,
      note: String?
    ) {
      self.id = id
      self.kind = kind
      self.fact = fact
      self.slot = slot
      self.readings = readings
      self.evidence = evidence
      self.note = note
    }

    /// Encodes an absent fact and note as `null` so every divergence has the same fields.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(kind, forKey: .kind)
      try container.encode(fact, forKey: .fact)
      try container.encode(slot, forKey: .slot)
      try container.encode(readings, forKey: .readings)
      try container.encode(evidence, forKey: .evidence)
      try container.encode(note, forKey: .note)
    }
  }

  /// A claim only one article makes.
  public struct Unmatched: Sendable, Hashable, Codable {
    /// The article's id.
    public var article: String
    /// The sentence indices of the claim.
    public var sentences: [Int]

    /// Creates an unmatched entry.
    public init(article: String, sentences: [Int]) {
      self.article = article
      self.sentences = sentences
    }
  }

  /// Counts for a report's header.
  public struct Summary: Sendable, Hashable, Codable {
    /// The number of articles compared.
    public var articleCount: Int
    /// The number of sentences across all articles.
    public var sentenceCount: Int
    /// The number of facts.
    public var factCount: Int
    /// The number of divergences.
    public var divergenceCount: Int
    /// The number of divergences of each kind (every kind listed, zero included).
    public var divergencesByKind: [String: Int]
    /// The number of unmatched claims.
    public var unmatchedCount: Int
    /// The number of unmatched claims of each article, by article id.
    public var unmatchedByArticle: [String: Int]
    /// The number of candidate claim pairs scored (a deterministic measure of the work done).
    public var scoredPairCount: Int

    /// Creates a summary.
    public init(
      articleCount: Int,
      sentenceCount: Int,
      factCount: Int,
      divergenceCount: Int,
      divergencesByKind: [String: Int],
      unmatchedCount: Int,
      unmatchedByArticle: [String: Int],
      scoredPairCount: Int
    ) {
      self.articleCount = articleCount
      self.sentenceCount = sentenceCount
      self.factCount = factCount
      self.divergenceCount = divergenceCount
      self.divergencesByKind = divergencesByKind
      self.unmatchedCount = unmatchedCount
      self.unmatchedByArticle = unmatchedByArticle
      self.scoredPairCount = scoredPairCount
    }
  }
}
