import Articles
import TextCore

/// One article as the comparison sees it: its metadata, its sentences and its claims.
///
/// Claims are attached to the sentence that contains the start of their `utf8Range`; claims
/// that fall in the same sentence are merged into one, so the comparison works on one claim per
/// sentence. That is how pre-segmented input (`--sentence-per-line`) keeps one line as one
/// sentence even when the extractor split it.
public struct ArticleClaims: Sendable, Hashable, Codable {
  /// One sentence of the article, as the report quotes it.
  public struct Sentence: Sendable, Hashable, Codable {
    /// The index of the sentence in the article (0-based).
    public var index: Int
    /// The sentence as written.
    public var text: String
    /// The UTF-8 byte range of the sentence in the article's text.
    public var utf8Range: Range<Int>

    /// Creates a sentence.
    public init(index: Int, text: String, utf8Range: Range<Int>) {
      self.index = index
      self.text = text
      self.utf8Range = utf8Range
    }
  }

  /// The article's id (by default the file name without its extension).
  public var id: String
  /// The article's language.
  public var language: Language
  /// The headline, when known.
  public var title: String?
  /// The outlet, when known.
  public var outlet: String?
  /// The publication date, when known.
  public var published: PublicationDate?
  /// The sentences of the article, in order.
  public var sentences: [Sentence]
  /// The claims of the article, one per sentence at most, in sentence order.
  public var claims: [Claim]

  /// Creates an article from its sentences and claims.
  ///
  /// Each claim is moved to the sentence containing the start of its `utf8Range` (its
  /// `sentence` index and `text` follow); claims in one sentence are merged. Claims outside
  /// every sentence keep their own index and text.
  public init(
    id: String,
    language: Language,
    title: String? = nil,
    outlet: String? = nil,
    published: PublicationDate? = nil,
    sentences: [Sentence],
    claims: [Claim]
  ) {
    self.id = id
    self.language = language
    self.title = title
    self.outlet = outlet
    self.published = published
    self.sentences = sentences
    self.claims = Self.attach(claims, to: sentences)
  }

  /// Creates an article from an extracted `Article` and its claims, taking one sentence per
  /// claim (the claim's index, text and range).
  public init(article: Article, claims: [Claim]) {
    var seen = Set<Int>()
    var sentences = [Sentence]()
    for claim in claims.sorted(by: { $0.sentence < $1.sentence })
    where seen.insert(claim.sentence).inserted {
      sentences.append(
        Sentence(index: claim.sentence, text: claim.text, utf8Range: claim.utf8Range)
      )
    }
    self.init(
      id: article.id,
      language: article.language,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      sentences: sentences,
      claims: claims
    )
  }

  /// The claims re-attached to `sentences` and merged per sentence, in sentence order.
  static func attach(_ claims: [Claim], to sentences: [Sentence]) -> [Claim] {
    let ordered = sentences.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    var bySentence = [Int: Claim]()
    for claim in claims {
      var placed = claim
      if let sentence = Self.sentence(containing: claim.utf8Range.lowerBound, in: ordered) {
        placed.sentence = sentence.index
        placed.text = sentence.text
        placed.utf8Range = sentence.utf8Range
      }
      if let existing = bySentence[placed.sentence] {
        bySentence[placed.sentence] = Self.merge(existing, placed)
      } else {
        bySentence[placed.sentence] = placed
      }
    }
    return bySentence.keys.sorted().compactMap { bySentence[$0] }
  }

  /// The sentence whose range holds `offset`, by binary search over sentences sorted by start.
  private static func sentence(containing offset: Int, in ordered: [Sentence]) -> Sentence? {
    var low = 0
    var high = ordered.count
    while low < high {
      let middle = (low + high) / 2
      if ordered[middle].utf8Range.lowerBound <= offset { low = middle + 1 } else { high = middle }
    }
    guard low > 0 else { return nil }
    let candidate = ordered[low - 1]
    let range = candidate.utf8Range
    return range.contains(offset) || (range.isEmpty && range.lowerBound == offset)
      ? candidate : nil
  }

  /// Two claims of one sentence as one: mentions concatenated, concepts united and sorted.
  private static func merge(_ first: Claim, _ second: Claim) -> Claim {
    var merged = first
    merged.entities += second.entities
    merged.quantities += second.quantities
    merged.dates += second.dates
    merged.quotes += second.quotes
    merged.concepts = Array(Set(first.concepts + second.concepts)).sorted()
    merged.weakerConcepts = Array(
      Set(first.weakerConcepts + second.weakerConcepts).subtracting(merged.concepts)
    ).sorted()
    return merged
  }
}
