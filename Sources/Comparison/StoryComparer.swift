import Articles
import TextCore

/// Compares the articles of one story: which claims say the same thing (facts), where they
/// disagree (divergences) and what only one article says (unmatched).
///
/// ```swift
/// let extractor = try ClaimExtractor()
/// let articles = try [reuters, mofa, kantei].map {
///   ArticleClaims(article: $0, claims: try extractor.claims(in: $0))
/// }
/// let report = try StoryComparer().compare(articles)
/// print(report.facts.count, report.divergences.map(\.kind))
/// ```
///
/// The comparison is pure and synchronous: no clock, locale or environment is read, and equal
/// inputs give equal reports.
public struct StoryComparer: Sendable {
  /// Thresholds and weights that tailor the comparison.
  ///
  /// The defaults were set on the seed story (Reuters vs the Japanese readouts) and on FLORES
  /// devtest documents, then checked on NTREX (see `Sources/Benchmarks/AlignmentEvaluation.swift`).
  public struct Options: Sendable, Hashable {
    /// The similarity two claims need to be aligned (0...1, order bonus included).
    ///
    /// Swept over 0.08-0.3 on the first 30 FLORES and NTREX documents (en-fr, en-ja, fr-ja):
    /// alignment precision stays at 0.97-1.0 down to 0.08 while recall climbs from 0.4 to
    /// 0.76-0.99, because translated Japanese claims carry many dictionary senses and so a
    /// large anchor mass. Greedy one-to-one selection keeps low thresholds precise. A pair
    /// needs only this score (not `linkScore`): re-checked on the first 40 documents of each
    /// corpus, 0.06 raised NTREX fr-ja recall by 3 points but took its precision below 0.97.
    public var minimumScore = 0.08
    /// The similarity that counts as a link in the consistency check of a fact.
    ///
    /// Every claim of a fact of three or more articles must link to at least two thirds of
    /// the others; two claims that are each other's only partners need just `minimumScore`.
    /// Higher than `minimumScore` so that a weak pair cannot pull a third claim
    /// in; on the seed story 0.056 let Lecornu's remark join the summit lunch through a shared
    /// `Paris`. (Asking it of pairs too made 0.15 the real threshold of every alignment and
    /// the order bonus almost necessary: NTREX fr-ja recall fell 6 points once shuffled.)
    public var linkScore = 0.15
    /// The share of one article's claims that must have a partner at `linkScore` in another
    /// article for weaker pairs between the two to align.
    ///
    /// Pairs below `linkScore` are how a translation's freely worded sentences align, but
    /// between loosely related articles they join claims that only share a subject: on the
    /// Wikinews Tohoku set (en, fr) they added four wrong facts to two right ones. Set there
    /// (one story, so a guard rather than a tuned value) and checked on the first 40 FLORES
    /// and NTREX documents: 0.2 keeps the Tohoku set at its two facts for half a point of
    /// fr-ja F1; 0.3 and 0.5 cost NTREX fr-ja 4 and 8 points, since fr-ja translations have
    /// few strong pairs. Articles of fewer than 8 claims are not judged (a share of three or
    /// four claims says little; judging them cost FLORES fr-ja 2.5 points). 0 turns the
    /// check off.
    public var closeRetellingShare = 0.2
    /// How much the longer claim's anchor mass counts in the normaliser, 0...1.
    ///
    /// 0 divides the
    /// shared mass by the shorter claim's mass only (a short claim matches any long claim that
    /// contains it), 1 by the longer one's. At 0.3 a claim wholly contained in one twice its
    /// size scores 0.77.
    public var lengthPrior = 0.3
    /// The bonus for a candidate pair whose neighbouring claims were aligned in a first pass.
    ///
    /// Previous with previous and next with next count, at most two. Order is a hint:
    /// the bonus cannot align claims that share less than 60% of `minimumScore` on their own.
    public var orderBonus = 0.06
    /// How far, as a factor, a pair below `linkScore` may stray from the usual length ratio of
    /// the two articles' strong pairs (their median); 1 or less turns the check off.
    ///
    /// A weak pair is a reworded translation or two claims that only share a word; in the
    /// second case their lengths are unrelated, as Gale and Church's sentence aligner assumes.
    /// Articles with fewer than three strong pairs are not checked. Measured with `Benchmarks
    /// evaluate` on all NTREX documents (FLORES documents are too short to have a ratio): 1.75
    /// took NTREX fr-ja F1 with one side's blocks shuffled and 20-40% edited from 0.877 to
    /// 0.881 and in order from 0.953 to 0.954; 1.5 and 1.3 gave less (0.878, 0.872).
    public var weakPairLengthTolerance = 1.75
    /// The least number of shared anchors, date parts and units aside, for any alignment.
    ///
    /// Requiring 2 cost 5-10 points of recall on NTREX for no precision.
    public var minimumSharedAnchors = 1
    /// How much a claim must raise the mean similarity of a fact to join the claim next to it
    /// as a many-to-one run (a Japanese sentence that carries two English ones).
    ///
    /// Measured with `Benchmarks evaluate --run-margin` on all FLORES and NTREX documents: 0.05
    /// raised alignment F1 on every row over 0.02 (FLORES fr-ja with one side shuffled and
    /// edited 0.943 → 0.946, precision 0.955 → 0.966; in order 0.978 → 0.979), since a
    /// neighbour that adds little is more often a deleted claim's orphan than the second half of
    /// a sentence; 0.1 gave the same figures within 0.001.
    public var runMargin = 0.05
    /// The longest run of consecutive claims one article contributes to a fact.
    public var maximumRunLength = 3
    /// The similarity two claims outside one fact need for their numbers and dates to be
    /// compared (they share their subject anchors but not their values).
    public var relatedScore = 0.15
    /// The similarity two claims of one fact need (order bonus included), without the two
    /// values compared, for a single value left on each side to be one slot filled differently.
    ///
    /// A value is left when the other side gives no equal value; it is compared when it is
    /// written with digits or spelled out from 2 to 99, is not a bare 1 or a year, and at most
    /// one of the two has a unit (then one that counts: `three people` and `6人`); hours
    /// compare modulo 12. Measured with `Benchmarks evaluate` on all FLORES and NTREX
    /// documents: 0.15 found 76% of injected number changes, 0.1 found 78% and 0 found 78.5%
    /// (precision 0.93 throughout), at one more false divergence in 1997 NTREX fr-ja pairs.
    /// Most false divergences left are conversions whose unit the extractor does not read
    /// (`80s` °F against `26 degrés`).
    public var numberAgreementScore = 0.1
    /// The similarity two claims of one fact need (order bonus included), without the two
    /// names compared, for a different name of one kind on each side to be an entity
    /// divergence; names found by elimination (see `StoryIndex.compareEntities`) need twice
    /// this.
    ///
    /// Measured with `Benchmarks evaluate` on all FLORES and NTREX documents: 0.15 found 76%
    /// of injected name swaps, 0.1 found 78% and 0.06 found 80.6% (precision 0.92-0.93), with
    /// false divergences on unchanged NTREX fr-ja at 0.85-0.88 per 50 pairs throughout.
    public var entityAgreementScore = 0.06
    /// The most claims an anchor may be found in and still propose candidate pairs.
    ///
    /// Anchors in more claims than this (or than twice the number of articles, if more) still
    /// count in the scores of proposed pairs. This keeps the candidate count near-linear when
    /// one anchor (`Japan`) is everywhere.
    public var maximumAnchorFrequency = 48
    /// The number of shared anchors each fact and divergence lists as evidence.
    public var evidenceAnchorCount = 10

    /// Creates options with the default settings.
    public init() {}
  }

  /// The settings in force.
  public var options: Options

  /// Names that stand for each other; `nil` reads the bundled ones when first needed.
  private let dictionaries: ComparisonDictionaries?

  /// Creates a comparer with `options` and the bundled dictionaries.
  public init(options: Options = Options()) {
    self.options = options
    dictionaries = nil
  }

  /// Creates a comparer with `options` that reads `names/seats.tsv` (capitals and the
  /// countries they stand for) from `dictionaries`, as `--dictionaries` asks.
  ///
  /// - Throws: `ComparisonError` when the file is missing or malformed.
  public init(
    options: Options = Options(),
    dictionaries: any DictionarySource
  ) throws(ComparisonError) {
    self.options = options
    self.dictionaries = try ComparisonDictionaries(source: dictionaries)
  }

  /// Compares the articles of one story.
  ///
  /// - Parameter articles: two or more articles with their claims; ids must be distinct.
  /// - Returns: the report: facts, divergences and unmatched claims with their evidence.
  /// - Throws: `ComparisonError` for fewer than two articles, duplicate ids, a claim filed
  ///   under the wrong article, or a text-layer failure.
  /// - Complexity: O(C + P·A) for C claims in all, A anchors per claim and P candidate pairs.
  ///   P comes from the inverted index: each anchor proposes the pairs of claims that share it,
  ///   and anchors in more than `maximumAnchorFrequency` claims propose none, so P is at most
  ///   about C·A·`maximumAnchorFrequency`, and for a story of N articles of S sentences it grows
  ///   as N²·S in the worst case (every article repeats every claim) and near N·S in practice.
  ///   Grouping sorts the P pairs (P log P) and checks each merge against the fact's members.
  public func compare(_ articles: [ArticleClaims]) throws(ComparisonError) -> ComparisonReport {
    guard articles.count >= 2 else { throw .tooFewArticles(count: articles.count) }
    var ids = Set<String>()
    for article in articles {
      guard ids.insert(article.id).inserted else { throw .duplicateArticle(id: article.id) }
      for claim in article.claims where claim.article != article.id {
        throw .foreignClaim(
          article: article.id,
          claimArticle: claim.article,
          sentence: claim.sentence
        )
      }
    }
    var story = try StoryIndex(
      articles: articles,
      options: options,
      dictionaries: dictionaries
    )
    let alignment = story.align()
    let divergences = story.divergences(in: alignment)
    return story.report(alignment: alignment, divergences: divergences)
  }
}

extension StoryComparer {
  /// Every candidate pair the inverted index proposed, with its raw similarity: for tuning and
  /// for the evaluation's diagnostics, not part of the report.
  ///
  /// - Throws: `ComparisonError` as `compare(_:)` does.
  package func candidatePairs(
    _ articles: [ArticleClaims]
  ) throws(ComparisonError) -> [(
    first: String, firstSentence: Int, second: String, secondSentence: Int, score: Double
  )] {
    let story = try StoryIndex(
      articles: articles,
      options: options,
      dictionaries: dictionaries
    )
    return story.candidateScores.keys.sorted().compactMap { key in
      let (first, second) = story.units(of: key)
      let one = story.units[first]
      let two = story.units[second]
      return (
        articles[one.article].id, one.claim.sentence, articles[two.article].id,
        two.claim.sentence, story.candidateScores[key] ?? 0
      )
    }
  }
}
