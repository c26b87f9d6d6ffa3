import Articles
import Foundation
import TextCore

/// The working state of one comparison: every claim with its weighted anchors, the inverted
/// index that proposes candidate pairs, and their scores.
struct StoryIndex {
  /// One claim of one article.
  struct Unit {
    /// The article's position in the input.
    var article: Int
    /// The claim's position among its article's claims.
    var position: Int
    var claim: Claim
    /// Anchor ids, ascending.
    var anchors: [Int]
    /// The summed weight of the anchors.
    var mass: Double
  }

  /// A similarity with its parts.
  struct Similarity {
    var score: Double
    /// Shared mass by anchor kind, already divided by the normaliser.
    var contributions: [ComparisonReport.AnchorKind: Double]
    /// Shared anchor ids.
    var shared: [Int]
  }

  let options: StoryComparer.Options
  let articles: [ArticleClaims]
  var units: [Unit] = []
  /// The range of `units` each article's claims occupy.
  var articleUnits: [Range<Int>] = []
  var anchorTable: [Anchor] = []
  /// The id of each anchor in `anchorTable`.
  var anchorIDs: [Anchor: Int] = [:]
  /// The canonical names each article mentions anywhere.
  var articleNames: [Set<String>] = []
  /// Names that stand for each other (a seat of government and its country).
  let relations: NameRelations
  /// English stop words, left out of concepts' words.
  let stopWords: Set<String>
  var weights: [Double] = []
  /// Raw similarity of every candidate pair, keyed by `pairKey`.
  var candidateScores: [Int: Double] = [:]
  /// Order bonus of candidate pairs that have one, keyed by `pairKey`.
  var bonuses: [Int: Double] = [:]
  /// The article pairs in which pairs below `linkScore` may align (`first * count + second`).
  var weakPairArticles = Set<Int>()
  /// The median log length ratio of the strong pairs of each article pair, by the same key.
  var lengthRatioMedians: [Int: Double] = [:]

  /// Indexes `articles`, their katakana names first resolved against the story's Latin names
  /// (`StoryNames`); `dictionaries` are the bundled ones when `nil`.
  init(
    articles given: [ArticleClaims],
    options: StoryComparer.Options,
    dictionaries: ComparisonDictionaries?
  ) throws(ComparisonError) {
    self.options = options
    let loaded: ComparisonDictionaries
    if let dictionaries {
      loaded = dictionaries
    } else {
      loaded = try ComparisonDictionaries.bundled.get()
    }
    let names = try StoryNames(given, glosses: loaded.glosses)
    let articles = names.resolved(given)
    self.articles = articles
    relations = loaded.relations
    stopWords = loaded.stopWords
    articleNames = articles.map { Set($0.claims.flatMap { $0.entities.map(\.canonical) }) }
    // Every concept each article has, weaker senses included: a claim's weaker sense counts
    // when another article has that concept too.
    let articleConcepts = articles.map { article in
      Set(article.claims.flatMap { $0.concepts + $0.weakerConcepts })
    }
    var frequency = [Int]()
    var rawUnits = [(article: Int, position: Int, claim: Claim, anchors: [Int])]()
    // Names of the story heard in Japanese katakana words that are no mention (`StoryNames`).
    let heard = names.heardNames(in: articles)
    for (articleIndex, article) in articles.enumerated() {
      let start = rawUnits.count
      for (position, claim) in article.claims.enumerated() {
        var anchors: [Anchor]
        do {
          var claim = claim
          claim.concepts += claim.weakerConcepts.filter { concept in
            articleConcepts.indices.contains {
              $0 != articleIndex && articleConcepts[$0].contains(concept)
            }
          }
          anchors = try Anchor.anchors(of: claim, stopWords: stopWords)
          // A name no table knows and no other article gives (`National Trust`) may be told
          // there in common words (`ナショナルトラスト`: national, trust).
          for entity in claim.entities where entity.kind == .other && !entity.isExactlyLinked {
            let elsewhere = articleNames.indices.contains {
              $0 != articleIndex && articleNames[$0].contains(entity.canonical)
            }
            if !elsewhere {
              anchors += try Anchor.words(ofName: entity.text, stopWords: stopWords)
            }
          }
        } catch {
          throw .textProcessing(article: article.id, reason: error.description)
        }
        for name in heard[articleIndex][position] {
          let anchor = Anchor(kind: .entity, value: name)
          if !anchors.contains(anchor) { anchors.append(anchor) }
        }
        var claimAnchors = Set<Int>()
        for anchor in anchors {
          // Concept words meet by stem, under the first word of the stem the story gives.
          let key =
            anchor.kind == .conceptWord
            ? Anchor(kind: .conceptWord, value: Anchor.stem(anchor.value)) : anchor
          if let id = anchorIDs[key] {
            if claimAnchors.insert(id).inserted { frequency[id] += 1 }
          } else {
            anchorIDs[key] = anchorTable.count
            claimAnchors.insert(anchorTable.count)
            anchorTable.append(anchor)
            frequency.append(1)
          }
        }
        rawUnits.append((articleIndex, position, claim, claimAnchors.sorted()))
      }
      articleUnits.append(start..<rawUnits.count)
    }
    // Story-level IDF: an anchor in few claims of the story is informative, one in most is not.
    let claimCount = Double(max(rawUnits.count, 1))
    weights = zip(anchorTable, frequency).map { anchor, count in
      anchor.kind.priorWeight * log(1 + claimCount / Double(count))
    }
    units = rawUnits.map { raw in
      Unit(
        article: raw.article,
        position: raw.position,
        claim: raw.claim,
        anchors: raw.anchors,
        mass: raw.anchors.reduce(0) { $0 + weights[$1] }
      )
    }
    scoreCandidates(frequency: frequency)
  }

  /// The key of an unordered pair of units.
  func pairKey(_ first: Int, _ second: Int) -> Int {
    first < second ? first * units.count + second : second * units.count + first
  }

  /// The units of a pair key, smaller first.
  func units(of key: Int) -> (Int, Int) { (key / units.count, key % units.count) }

  /// Proposes candidate pairs from the inverted index and scores them.
  private mutating func scoreCandidates(frequency: [Int]) {
    var postings = [[Int]](repeating: [], count: anchorTable.count)
    for (index, unit) in units.enumerated() {
      for anchor in unit.anchors { postings[anchor].append(index) }
    }
    let cap = max(options.maximumAnchorFrequency, 2 * articles.count)
    var candidates = Set<Int>()
    for (anchor, posting) in postings.enumerated()
    where posting.count >= 2 && posting.count <= cap && isProposing(anchorTable[anchor].kind) {
      for (offset, first) in posting.enumerated() {
        for second in posting[(offset + 1)...] where units[first].article != units[second].article {
          candidates.insert(pairKey(first, second))
        }
      }
    }
    for key in candidates {
      let (first, second) = units(of: key)
      let similarity = similarity(units[first].anchors, units[second].anchors)
      if similarity.score > 0 { candidateScores[key] = similarity.score }
    }
  }

  /// Date parts and units are too coarse to propose pairs on their own.
  private func isProposing(_ kind: ComparisonReport.AnchorKind) -> Bool {
    kind != .datePart && kind != .unit
  }

  /// The similarity of two anchor sets: the shared weight divided by a normaliser between the
  /// smaller and the larger mass (`lengthPrior`), zero below `minimumSharedAnchors`.
  func similarity(_ first: [Int], _ second: [Int]) -> Similarity {
    var shared = [Int]()
    var i = 0
    var j = 0
    while i < first.count && j < second.count {
      if first[i] == second[j] {
        shared.append(first[i])
        i += 1
        j += 1
      } else if first[i] < second[j] {
        i += 1
      } else {
        j += 1
      }
    }
    let counted = shared.filter { isProposing(anchorTable[$0].kind) }.count
    guard counted >= options.minimumSharedAnchors else {
      return Similarity(score: 0, contributions: [:], shared: shared)
    }
    let firstMass = first.reduce(0) { $0 + weights[$1] }
    let secondMass = second.reduce(0) { $0 + weights[$1] }
    let smaller = min(firstMass, secondMass)
    let larger = max(firstMass, secondMass)
    let normaliser = smaller + options.lengthPrior * (larger - smaller)
    guard normaliser > 0 else { return Similarity(score: 0, contributions: [:], shared: shared) }
    var contributions = [ComparisonReport.AnchorKind: Double]()
    var total = 0.0
    for anchor in shared {
      let part = weights[anchor] / normaliser
      contributions[anchorTable[anchor].kind, default: 0] += part
      total += part
    }
    return Similarity(score: min(total, 1), contributions: contributions, shared: shared)
  }

  /// The raw similarity of two units (0 when they are not a candidate pair).
  func rawScore(_ first: Int, _ second: Int) -> Double {
    candidateScores[pairKey(first, second)] ?? 0
  }

  /// The similarity with the order bonus.
  func linkScore(_ first: Int, _ second: Int) -> Double {
    let key = pairKey(first, second)
    return (candidateScores[key] ?? 0) + (bonuses[key] ?? 0)
  }

  /// The anchors of several units, united and sorted.
  func anchors(of members: [Int]) -> [Int] {
    guard members.count > 1 else { return members.first.map { units[$0].anchors } ?? [] }
    return Array(Set(members.flatMap { units[$0].anchors })).sorted()
  }
}
