import Foundation

/// Aligned claims: groups of units from two or more articles, at most one run per article.
struct Alignment {
  /// Each fact's units, ascending.
  var groups: [[Int]]
  /// The group of each unit, or `nil`.
  var groupOf: [Int?]
}

extension StoryIndex {
  /// Aligns the claims of all articles into facts, ignoring their order except for a bonus.
  ///
  /// Two passes of greedy grouping by descending score: the first on anchors alone, the second
  /// with a bonus for pairs whose neighbours the first pass aligned. Then runs: an unaligned
  /// claim next to an aligned one joins its fact when the merged claim scores better. Last,
  /// claims still unaligned pair up by their position (`fillGaps`, `pairLeftovers`).
  ///
  /// - Complexity: O(P log P) for P candidate pairs, plus the consistency checks of merges
  ///   (quadratic in the size of a fact, which is at most the number of articles times
  ///   `maximumRunLength`).
  mutating func align() -> Alignment {
    weakPairArticles = closeRetellings()
    lengthRatioMedians = strongPairLengthRatios()
    let first = group(edges: edges())
    bonuses = orderBonuses(after: first)
    var second = group(edges: edges())
    extendRuns(&second)
    fillGaps(&second)
    pairLeftovers(&second)
    return second
  }

  /// Pairs claims left unaligned whose raw score and order bonus together reach
  /// `minimumScore`, counting neighbours one claim apart as well as adjacent ones.
  ///
  /// A deleted or inserted sentence breaks the adjacency that `orderBonuses(after:)` looks
  /// for: in `a b c` against `a' X b' c'`, `b` and `b'` are not neighbours of aligned claims on
  /// the side of `X`. Here a neighbour pair counts when one of the two steps skips a claim that
  /// is itself unaligned (`a`/`a'` for `b`/`b'` above), at `skippedNeighbourShare` of the bonus.
  /// Only claims both still unaligned are paired, strongest first, under the same rules for
  /// pairs below `linkScore` as the grouping; an aligned claim is never taken away.
  ///
  /// Measured with `Benchmarks evaluate` (one draw): with one side's blocks shuffled and 10-20%
  /// of its sentences deleted and as many inserted, alignment F1 rose 0.959 → 0.964 (FLORES fr-ja) and 0.928
  /// → 0.931 (NTREX fr-ja); nothing changed in order. Used in the second pass instead, the
  /// skipped-neighbour bonus cost up to 0.6 points in order (NTREX fr-ja), since it let
  /// neighbours of a strong pair outbid each other.
  mutating func pairLeftovers(_ alignment: inout Alignment) {
    guard options.orderBonus > 0 else { return }
    var found = [(key: Int, score: Double, bonus: Double)]()
    for (key, raw) in candidateScores where raw >= 0.6 * options.minimumScore {
      let (first, second) = units(of: key)
      guard alignment.groupOf[first] == nil, alignment.groupOf[second] == nil else { continue }
      let bonus = options.orderBonus * nearNeighbours(first, second, in: alignment)
      let total = raw + bonus
      guard bonus > 0, total >= options.minimumScore,
        total >= options.linkScore || isWeakPairAllowed(first, second)
      else { continue }
      found.append((key, total, bonus))
    }
    found.sort { $0.score != $1.score ? $0.score > $1.score : $0.key < $1.key }
    for edge in found {
      let (first, second) = units(of: edge.key)
      guard alignment.groupOf[first] == nil, alignment.groupOf[second] == nil else { continue }
      alignment.groupOf[first] = alignment.groups.count
      alignment.groupOf[second] = alignment.groups.count
      alignment.groups.append([first, second])
      bonuses[edge.key] = edge.bonus
    }
  }

  /// The share of an order bonus a neighbour pair one claim apart earns (see `pairLeftovers`).
  static let skippedNeighbourShare = 0.5

  /// How many neighbour pairs of two claims are aligned together, before and after them: an
  /// adjacent pair counts 1, a pair one claim further on one side (over an unaligned claim)
  /// `skippedNeighbourShare`.
  private func nearNeighbours(_ first: Int, _ second: Int, in alignment: Alignment) -> Double {
    let firstRange = articleUnits[units[first].article]
    let secondRange = articleUnits[units[second].article]
    var count = 0.0
    for step in [-1, 1] {
      for (firstStep, secondStep) in [(step, step), (2 * step, step), (step, 2 * step)] {
        let firstNeighbour = first + firstStep
        let secondNeighbour = second + secondStep
        guard firstRange.contains(firstNeighbour), secondRange.contains(secondNeighbour),
          let group = alignment.groupOf[firstNeighbour],
          alignment.groupOf[secondNeighbour] == group
        else { continue }
        if firstStep != secondStep {
          let skipped = firstStep != step ? first + step : second + step
          guard alignment.groupOf[skipped] == nil else { continue }
          count += Self.skippedNeighbourShare
        } else {
          count += 1
        }
        break
      }
    }
    return count
  }

  /// Whether a pair below `linkScore` may align: its articles retell each other closely and,
  /// when `weakPairLengthTolerance` applies, its length ratio is near their strong pairs'.
  private func isWeakPairAllowed(_ first: Int, _ second: Int) -> Bool {
    let pair = units[first].article * articles.count + units[second].article
    guard weakPairArticles.contains(pair) else { return false }
    if options.weakPairLengthTolerance > 1, let median = lengthRatioMedians[pair] {
      let ratio = log(length(of: first) / length(of: second))
      return abs(ratio - median) <= log(options.weakPairLengthTolerance)
    }
    return true
  }

  /// Aligns two claims left alone next to aligned neighbours, as a sentence aligner would
  /// conclude from order: claim `a` of one article and claim `b` of another, both unaligned,
  /// whose previous claims are in one fact or whose next claims are (the first claims of the
  /// two texts are candidates too, with their next claims aligned).
  ///
  /// Order is still only a hint. With one aligned neighbour pair (a paragraph moved whole
  /// keeps one), the two must share an anchor. Without a shared anchor, the articles must
  /// retell each other closely (see `closeRetellings()`) and have eight claims or more, the two
  /// claims must be of comparable length (their length ratio within a factor of two of the
  /// median ratio of the pairs already aligned between the two articles, as Gale and Church
  /// align sentences by length), and either both neighbour pairs must be aligned or neither
  /// claim may name anything (no entity, number, date, speaker or literal token: a sentence
  /// that names something its translation would name too).
  ///
  /// The second way, one aligned neighbour pair for two claims that name nothing, fills runs
  /// of two or more unanchored claims and the edges of moved paragraphs; the unaligned claims
  /// on the far side must end at an aligned claim in both articles, since at a text's edge an
  /// added ending is as likely. Measured with `Benchmarks evaluate` on all NTREX documents,
  /// alignment F1 in order rose 0.986 → 0.991 (en-fr), 0.988 → 0.992 (en-ja) and 0.977 →
  /// 0.985 (fr-ja); with one side's blocks shuffled 0.976 → 0.984, 0.975 → 0.982 and 0.956 →
  /// 0.965; shuffled, 10-20% deleted and as many inserted 0.958 → 0.965, 0.955 → 0.958 and 0.912 → 0.917; with
  /// single sentences shuffled and edited it fell 0.925 → 0.922, 0.926 → 0.924 and 0.844 →
  /// 0.840. FLORES documents are too short to be close retellings and did not change; nor did
  /// injected divergences, except number recall 0.877 → 0.881. Without the bound, F1 rose
  /// 0.1-0.3 points more, but an article's own closing sentences paired with another's.
  mutating func fillGaps(_ alignment: inout Alignment) {
    guard options.orderBonus > 0 else { return }
    for firstArticle in articles.indices {
      for secondArticle in articles.indices where secondArticle > firstArticle {
        fillGaps(&alignment, firstArticle, secondArticle)
      }
    }
  }

  private mutating func fillGaps(_ alignment: inout Alignment, _ one: Int, _ two: Int) {
    let firstRange = articleUnits[one]
    let secondRange = articleUnits[two]
    guard !firstRange.isEmpty, !secondRange.isEmpty else { return }
    // Order alone is trusted only between long close retellings: in a short article a gap
    // next to the text's edge is as likely an added sentence as a reworded one.
    let isClose =
      weakPairArticles.contains(one * articles.count + two)
      && min(firstRange.count, secondRange.count) >= Self.closeRetellingMinimumClaims
    // The partners in the second article of each aligned claim of the first (the first and the
    // last of a run), and the median length ratio of those pairs.
    var firstPartner = [Int: Int]()
    var lastPartner = [Int: Int]()
    var ratios = [Double]()
    for unit in firstRange {
      guard let group = alignment.groupOf[unit],
        let head = alignment.groups[group].first(where: { secondRange.contains($0) }),
        let tail = alignment.groups[group].last(where: { secondRange.contains($0) })
      else { continue }
      firstPartner[unit] = head
      lastPartner[unit] = tail
      ratios.append(length(of: unit) / length(of: tail))
    }
    guard !lastPartner.isEmpty else { return }
    ratios.sort()
    let median = ratios[ratios.count / 2]
    func sameFact(_ first: Int, _ second: Int) -> Bool {
      let inFirst = firstRange.contains(first)
      let inSecond = secondRange.contains(second)
      if !inFirst || !inSecond { return !inFirst && !inSecond }
      guard let group = alignment.groupOf[first] else { return false }
      return alignment.groupOf[second] == group
    }
    for first in firstRange where alignment.groupOf[first] == nil {
      var candidates = [Int]()
      if first == firstRange.lowerBound { candidates.append(secondRange.lowerBound) }
      if let previous = lastPartner[first - 1] { candidates.append(previous + 1) }
      if let next = firstPartner[first + 1] { candidates.append(next - 1) }
      for second in candidates
      where secondRange.contains(second) && alignment.groupOf[second] == nil {
        let hasPrevious = firstRange.contains(first - 1) && sameFact(first - 1, second - 1)
        let hasNext = firstRange.contains(first + 1) && sameFact(first + 1, second + 1)
        // Text edges alone are no evidence: at least one neighbour pair must be aligned.
        guard hasPrevious || hasNext else { continue }
        let isAligned: Bool
        if rawScore(first, second) > 0 {
          // A shared anchor and one aligned neighbour pair (a block moved whole keeps one).
          isAligned = true
        } else {
          let ratio = length(of: first) / length(of: second)
          // One aligned neighbour pair: the unaligned claims on its far side must end at an
          // aligned claim in both articles, not at the text's edge.
          let step = hasPrevious ? 1 : -1
          func isBounded(_ unit: Int, _ range: Range<Int>) -> Bool {
            var next = unit + step
            while range.contains(next) {
              if alignment.groupOf[next] != nil { return true }
              next += step
            }
            return false
          }
          isAligned =
            isClose && ratio <= 2 * median && ratio >= median / 2
            && (hasPrevious && hasNext
              || namesNothing(first) && namesNothing(second)
                && isBounded(first, firstRange) && isBounded(second, secondRange))
        }
        guard isAligned else { continue }
        alignment.groupOf[first] = alignment.groups.count
        alignment.groupOf[second] = alignment.groups.count
        alignment.groups.append([first, second])
        firstPartner[first] = second
        lastPartner[first] = second
        break
      }
    }
  }

  /// Whether a claim has no anchor that names something: no entity, number, date, speaker or
  /// literal token.
  private func namesNothing(_ unit: Int) -> Bool {
    units[unit].anchors.allSatisfy { anchor in
      switch anchorTable[anchor].kind {
      case .entity, .number, .date, .speaker, .token: false
      default: true
      }
    }
  }

  /// A claim's length in characters (at least 1), for length ratios.
  private func length(of unit: Int) -> Double {
    Double(max(units[unit].claim.text.count, 1))
  }

  /// Candidate pairs strong enough to align, strongest first; ties broken by position.
  private func edges() -> [(key: Int, score: Double)] {
    let floor = 0.6 * options.minimumScore
    var edges = [(key: Int, score: Double)]()
    for (key, raw) in candidateScores where raw >= floor {
      let total = raw + (bonuses[key] ?? 0)
      guard total >= options.minimumScore else { continue }
      if total < options.linkScore {
        let (first, second) = units(of: key)
        guard isWeakPairAllowed(first, second) else { continue }
      }
      edges.append((key, total))
    }
    edges.sort { $0.score != $1.score ? $0.score > $1.score : $0.key < $1.key }
    return edges
  }

  /// The median log length ratio (first claim over second) of the pairs at `linkScore` of each
  /// pair of articles (`first * articles.count + second`, first < second) with three or more
  /// such pairs: how much longer one article's sentences run than the other's, for
  /// `StoryComparer.Options.weakPairLengthTolerance`.
  private func strongPairLengthRatios() -> [Int: Double] {
    guard options.weakPairLengthTolerance > 1 else { return [:] }
    var ratios = [Int: [Double]]()
    for (key, raw) in candidateScores where raw >= options.linkScore {
      let (first, second) = units(of: key)
      let pair = units[first].article * articles.count + units[second].article
      ratios[pair, default: []].append(log(length(of: first) / length(of: second)))
    }
    var medians = [Int: Double]()
    for (pair, values) in ratios where values.count >= 3 {
      medians[pair] = values.sorted()[values.count / 2]
    }
    return medians
  }

  /// The pairs of articles (`first * articles.count + second`, first < second) that retell
  /// each other closely enough for a pair below `linkScore` to align.
  ///
  /// In a translation or a close retelling most claims of the shorter article have a strong
  /// partner in the other, and a weak pair is a claim said in other words; between loosely
  /// related articles (the Wikinews sets) a weak pair is mostly two claims about the same
  /// subject. The share of claims with a partner at `linkScore` tells the two apart
  /// (`StoryComparer.Options.closeRetellingShare`).
  private func closeRetellings() -> Set<Int> {
    guard options.closeRetellingShare > 0 else {
      return Set(
        articles.indices.flatMap { first in
          articles.indices.filter { $0 > first }.map { first * articles.count + $0 }
        }
      )
    }
    var strong = Set<Int>()
    for (key, raw) in candidateScores where raw >= options.linkScore {
      let (first, second) = units(of: key)
      strong.insert(first * articles.count + units[second].article)
      strong.insert(second * articles.count + units[first].article)
    }
    var counts = [Int](repeating: 0, count: articles.count * articles.count)
    for slot in strong {
      let unit = slot / articles.count
      counts[units[unit].article * articles.count + slot % articles.count] += 1
    }
    var close = Set<Int>()
    for first in articles.indices {
      for second in articles.indices where first < second {
        let sizes = [articleUnits[first].count, articleUnits[second].count]
        // A share of a handful of claims says little: short articles are not judged.
        if sizes.min() ?? 0 < Self.closeRetellingMinimumClaims {
          close.insert(first * articles.count + second)
          continue
        }
        let shares = [
          Double(counts[first * articles.count + second]) / Double(max(sizes[0], 1)),
          Double(counts[second * articles.count + first]) / Double(max(sizes[1], 1)),
        ]
        if shares.max() ?? 0 >= options.closeRetellingShare {
          close.insert(first * articles.count + second)
        }
      }
    }
    return close
  }

  /// The fewest claims both articles need for `closeRetellings()` to judge them.
  static let closeRetellingMinimumClaims = 8

  /// Greedy grouping: each edge merges the groups of its two claims when the merged group has
  /// at most one claim per article and every member links to two thirds of the others, so a
  /// chain of weak links (A–B, B–C with A and C unrelated) does not become one fact.
  private func group(edges: [(key: Int, score: Double)]) -> Alignment {
    var groupOf = [Int?](repeating: nil, count: units.count)
    var groups = [[Int]]()
    // How many members of its own group each unit links to; kept up to date on merges so a
    // merge costs the product of the two groups' sizes, not the square of the merged size.
    var links = [Int](repeating: 0, count: units.count)
    for edge in edges {
      let (first, second) = units(of: edge.key)
      let firstGroup = groupOf[first]
      let secondGroup = groupOf[second]
      if let firstGroup, firstGroup == secondGroup { continue }
      let firstMembers = firstGroup.map { groups[$0] } ?? [first]
      let secondMembers = secondGroup.map { groups[$0] } ?? [second]
      let firstArticles = Set(firstMembers.map { units[$0].article })
      guard secondMembers.allSatisfy({ !firstArticles.contains(units[$0].article) }) else {
        continue
      }
      guard let crossLinks = consistentMerge(firstMembers, secondMembers, links: links) else {
        continue
      }
      for (member, count) in crossLinks { links[member] += count }
      let merged = (firstMembers + secondMembers).sorted()
      let target: Int
      if let firstGroup {
        target = firstGroup
        groups[firstGroup] = merged
        if let secondGroup { groups[secondGroup] = [] }
      } else if let secondGroup {
        target = secondGroup
        groups[secondGroup] = merged
      } else {
        target = groups.count
        groups.append(merged)
      }
      for member in merged { groupOf[member] = target }
    }
    // Drop the emptied groups and renumber.
    var compact = [[Int]]()
    var renumbered = [Int?](repeating: nil, count: units.count)
    for members in groups where members.count >= 2 {
      for member in members { renumbered[member] = compact.count }
      compact.append(members)
    }
    return Alignment(groups: compact, groupOf: renumbered)
  }

  /// The links each member gains from a merge, or `nil` when the merged group would not be
  /// consistent: every member must link (`linkScore`) to at least two thirds of the others.
  ///
  /// Two single claims need no link: the edge that merges them already passed `minimumScore`,
  /// and the check is there to stop chains of three or more.
  private func consistentMerge(
    _ first: [Int],
    _ second: [Int],
    links: [Int]
  ) -> [(Int, Int)]? {
    let size = first.count + second.count
    let needed = size > 2 ? (2 * (size - 1) + 2) / 3 : 1
    var gained = [(Int, Int)]()
    var secondCounts = [Int](repeating: 0, count: second.count)
    for member in first {
      var count = 0
      for (offset, other) in second.enumerated() where linkScore(member, other) >= options.linkScore
      {
        count += 1
        secondCounts[offset] += 1
      }
      guard size == 2 || links[member] + count >= needed else { return nil }
      gained.append((member, count))
    }
    for (offset, member) in second.enumerated() {
      guard size == 2 || links[member] + secondCounts[offset] >= needed else { return nil }
      gained.append((member, secondCounts[offset]))
    }
    return gained
  }

  /// The order bonus of each candidate pair: `orderBonus` per neighbouring pair (previous with
  /// previous, next with next) that the first pass aligned.
  private func orderBonuses(after alignment: Alignment) -> [Int: Double] {
    var bonuses = [Int: Double]()
    guard options.orderBonus > 0 else { return bonuses }
    for key in candidateScores.keys {
      let (first, second) = units(of: key)
      var count = 0
      for step in [-1, 1] {
        let firstNeighbour = first + step
        let secondNeighbour = second + step
        guard articleUnits[units[first].article].contains(firstNeighbour),
          articleUnits[units[second].article].contains(secondNeighbour),
          let group = alignment.groupOf[firstNeighbour],
          alignment.groupOf[secondNeighbour] == group
        else { continue }
        count += 1
      }
      if count > 0 { bonuses[key] = Double(count) * options.orderBonus }
    }
    return bonuses
  }

  /// Lets a fact take a run of consecutive claims from one article (many-to-one) when the
  /// merged claim scores better against the other articles than the aligned claim alone.
  private func extendRuns(_ alignment: inout Alignment) {
    for index in alignment.groups.indices {
      var changed = true
      while changed {
        changed = false
        let members = alignment.groups[index]
        let articlesInFact = Array(Set(members.map { units[$0].article })).sorted()
        for article in articlesInFact {
          let run = members.filter { units[$0].article == article }
          guard run.count < options.maximumRunLength, let low = run.first, let high = run.last
          else { continue }
          let others = articlesInFact.filter { $0 != article }.map { other in
            anchors(of: members.filter { units[$0].article == other })
          }
          let current = meanScore(anchors(of: run), against: others)
          var best: (unit: Int, score: Double)?
          for neighbour in [low - 1, high + 1]
          where articleUnits[article].contains(neighbour) && alignment.groupOf[neighbour] == nil {
            let score = meanScore(anchors(of: run + [neighbour]), against: others)
            if score > current + options.runMargin && score > (best?.score ?? -1) {
              best = (neighbour, score)
            }
          }
          if let best {
            alignment.groups[index] = (members + [best.unit]).sorted()
            alignment.groupOf[best.unit] = index
            changed = true
            break
          }
        }
      }
    }
  }

  /// The mean similarity of one anchor set against several.
  func meanScore(_ anchors: [Int], against others: [[Int]]) -> Double {
    guard !others.isEmpty else { return 0 }
    return others.reduce(0) { $0 + similarity(anchors, $1).score } / Double(others.count)
  }
}
