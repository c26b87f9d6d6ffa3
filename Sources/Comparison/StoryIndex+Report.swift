import Articles

extension StoryIndex {
  /// The report: facts in order of first appearance, divergences by fact then kind, unmatched
  /// claims by article and sentence.
  func report(alignment: Alignment, divergences: [FoundDivergence]) -> ComparisonReport {
    let reportArticles = articles.map { article in
      ComparisonReport.Article(
        id: article.id,
        language: article.language.rawValue,
        title: article.title,
        outlet: article.outlet,
        published: article.published?.description,
        sentences: article.sentences.map {
          ComparisonReport.Sentence(index: $0.index, text: $0.text, utf8Range: $0.utf8Range)
        }
      )
    }
    // Facts in order of their first claim (articles in input order, then sentence order).
    let factOrder = alignment.groups.indices.sorted {
      (alignment.groups[$0].first ?? 0) < (alignment.groups[$1].first ?? 0)
    }
    var factID = [Int: String]()
    var facts = [ComparisonReport.Fact]()
    for (rank, group) in factOrder.enumerated() {
      let id = "F\(rank + 1)"
      factID[group] = id
      let runs = runsByArticle(alignment.groups[group])
      facts.append(
        ComparisonReport.Fact(
          id: id,
          claims: runs.map(reference),
          evidence: evidence(runs)
        )
      )
    }
    let factRank = Dictionary(uniqueKeysWithValues: factOrder.enumerated().map { ($1, $0) })
    let ordered = divergences.map { divergence in
      var sorted = divergence
      sorted.sides.sort {
        ($0.article, $0.utf8Range.lowerBound, $0.normalized)
          < ($1.article, $1.utf8Range.lowerBound, $1.normalized)
      }
      return sorted
    }.sorted { (lhs: FoundDivergence, rhs: FoundDivergence) -> Bool in
      let left = sortKey(lhs, factRank: factRank)
      let right = sortKey(rhs, factRank: factRank)
      if left != right { return left < right }
      return (lhs.slot, lhs.sides.map(\.normalized).joined(separator: "\u{1F}"))
        < (rhs.slot, rhs.sides.map(\.normalized).joined(separator: "\u{1F}"))
    }
    var reportDivergences = [ComparisonReport.Divergence]()
    for (rank, divergence) in ordered.enumerated() {
      reportDivergences.append(
        ComparisonReport.Divergence(
          id: "D\(rank + 1)",
          kind: divergence.kind,
          fact: divergence.fact.flatMap { factID[$0] },
          slot: divergence.slot,
          readings: divergence.sides.map { side in
            ComparisonReport.Reading(
              article: articles[side.article].id,
              sentences: side.sentences,
              text: side.text,
              normalized: side.normalized,
              utf8Range: side.utf8Range
            )
          },
          evidence: evidence([divergence.evidence.first, divergence.evidence.second]),
          note: divergence.note
        )
      )
    }
    let unmatched = units.indices.filter { alignment.groupOf[$0] == nil }.map { unit in
      ComparisonReport.Unmatched(
        article: articles[units[unit].article].id,
        sentences: [units[unit].claim.sentence]
      )
    }
    var byKind = [String: Int]()
    for kind in ComparisonReport.DivergenceKind.allCases { byKind[kind.rawValue] = 0 }
    for divergence in reportDivergences { byKind[divergence.kind.rawValue, default: 0] += 1 }
    var byArticle = [String: Int]()
    for article in articles { byArticle[article.id] = 0 }
    for entry in unmatched { byArticle[entry.article, default: 0] += 1 }
    let summary = ComparisonReport.Summary(
      articleCount: articles.count,
      sentenceCount: articles.reduce(0) { $0 + $1.sentences.count },
      factCount: facts.count,
      divergenceCount: reportDivergences.count,
      divergencesByKind: byKind,
      unmatchedCount: unmatched.count,
      unmatchedByArticle: byArticle,
      scoredPairCount: candidateScores.count
    )
    return ComparisonReport(
      articles: reportArticles,
      facts: facts,
      divergences: reportDivergences,
      unmatched: unmatched,
      summary: summary
    )
  }

  private func sortKey(
    _ divergence: FoundDivergence,
    factRank: [Int: Int]
  ) -> (Int, Int, Int, Int) {
    (
      divergence.fact.flatMap { factRank[$0] } ?? Int.max,
      kindRank(divergence.kind),
      divergence.sides.first?.article ?? 0,
      divergence.sides.first?.utf8Range.lowerBound ?? 0
    )
  }

  private func kindRank(_ kind: ComparisonReport.DivergenceKind) -> Int {
    ComparisonReport.DivergenceKind.allCases.firstIndex(of: kind) ?? 0
  }

  /// Where a run of claims stands: its article and sentences.
  private func reference(_ run: [Int]) -> ComparisonReport.ClaimReference {
    ComparisonReport.ClaimReference(
      article: run.first.map { articles[units[$0].article].id } ?? "",
      sentences: run.map { units[$0].claim.sentence }.sorted()
    )
  }

  /// The mean similarity of every pair of runs, its contributions and the shared anchors.
  private func evidence(_ runs: [[Int]]) -> ComparisonReport.Evidence {
    var contributions = [String: Double]()
    var total = 0.0
    var pairs = 0
    var shared = Set<Int>()
    for (offset, first) in runs.enumerated() {
      for second in runs[(offset + 1)...] {
        let similarity = similarity(anchors(of: first), anchors(of: second))
        pairs += 1
        total += similarity.score
        for (kind, part) in similarity.contributions {
          contributions[kind.rawValue, default: 0] += part
        }
        shared.formUnion(similarity.shared)
        if first.count == 1, second.count == 1, let one = first.first, let two = second.first,
          let bonus = bonuses[pairKey(one, two)]
        {
          contributions["order", default: 0] += bonus
          total += bonus
        }
      }
    }
    let count = Double(max(pairs, 1))
    let anchors = shared.sorted {
      weights[$0] != weights[$1] ? weights[$0] > weights[$1] : anchorTable[$0] < anchorTable[$1]
    }.prefix(options.evidenceAnchorCount).map {
      ComparisonReport.Anchor(
        kind: anchorTable[$0].kind,
        value: anchorTable[$0].value,
        weight: Self.rounded(weights[$0])
      )
    }
    return ComparisonReport.Evidence(
      similarityScore: Self.rounded(total / count),
      contributions: contributions.mapValues { Self.rounded($0 / count) },
      anchors: Array(anchors)
    )
  }

  /// A score rounded to three decimals, so JSON shows `0.42` rather than 17 digits.
  static func rounded(_ value: Double) -> Double { (value * 1_000).rounded() / 1_000 }
}
