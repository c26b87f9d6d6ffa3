import Comparison

/// A hand-built report that holds every element a report can show: facts shared by two to four
/// articles, one divergence of each kind (one outside any fact, one with a note), an outlet with
/// no match, absent metadata, and English, French and Japanese text with quotes, `&` and
/// guillemets.
///
/// Sentence and span ranges are computed from the texts, as the comparer computes them.
enum EverythingStory {
  typealias Report = ComparisonReport

  /// The articles: id, language, title, outlet, published date, sentences.
  static let articleTexts:
    [(
      id: String, language: String, title: String?, outlet: String?, published: String?,
      sentences: [String]
    )] = [
      (
        "en-wire", "en", "France & Japan agree to start \"RAA\" talks", "Wire Service",
        "2024-05-02",
        [
          "Emmanuel Macron and Fumio Kishida agreed on Thursday to start talks on a reciprocal access agreement.",
          "About 1,000 troops could take part in joint drills.",
          "A Japanese frigate will visit Brest in July, officials said.",
          "\"This is a new chapter,\" Macron said.",
          "\"Our partnership is stronger than ever,\" Macron told reporters.",
          "Shares of defence firms rose 2% in Tokyo.",
        ]
      ),
      (
        "en-gov", "en", "Japan-France Summit Luncheon", "Prime Minister's Office of Japan",
        "2024-05-02",
        [
          "Prime Minister Kishida and President Macron welcomed the start of negotiations on a Reciprocal Access Agreement.",
          "\"This is a new era,\" President Macron stated.",
          "The two leaders also discussed the situation in the Indo-Pacific.",
        ]
      ),
      (
        "fr-journal", "fr", "La France et le Japon vont négocier un accord de défense",
        "Le Journal",
        "2024-05-03",
        [
          "Emmanuel Macron et Fumio Kishida devraient entamer des négociations sur un accord d'accès réciproque.",
          "Environ 1 500 soldats pourraient participer à des exercices communs.",
          "Une frégate japonaise fera escale à Toulon en juillet, selon « des sources officielles ».",
          "Le sommet s'est tenu à l'Élysée & au Quai d'Orsay.",
        ]
      ),
      (
        "ja-mofa", "ja", "日仏首脳会談", "外務省", "2024-05-02",
        [
          "岸田総理とマクロン大統領は、日仏円滑化協定（RAA）の交渉開始で一致した。",
          "日本のフリゲート艦が8月にブレストに寄港する予定だ。",
          "「両国の関係はかつてなく強固だ」と岸田総理は述べた。",
          "両首脳は北朝鮮情勢についても意見交換した。",
        ]
      ),
      (
        "en-blog", "en", nil, nil, nil,
        [
          "Paris weather was sunny all week.",
          "Our reporter's notes follow below.",
        ]
      ),
    ]

  /// The articles with their sentences' ranges: sentences follow each other with one space
  /// between them (none in Japanese).
  static let articles: [Report.Article] = articleTexts.map { entry in
    var offset = 0
    var sentences = [Report.Sentence]()
    for (index, text) in entry.sentences.enumerated() {
      let range = offset..<(offset + text.utf8.count)
      sentences.append(Report.Sentence(index: index, text: text, utf8Range: range))
      offset = range.upperBound + (entry.language == "ja" ? 0 : 1)
    }
    return Report.Article(
      id: entry.id,
      language: entry.language,
      title: entry.title,
      outlet: entry.outlet,
      published: entry.published,
      sentences: sentences
    )
  }

  /// A reading of `span` in sentence `index` of `article`, its range found in the text.
  static func reading(
    _ article: String,
    _ index: Int,
    _ span: String,
    _ normalized: String
  )
    -> Report.Reading
  {
    let sentence = articles.first { $0.id == article }?.sentences.first { $0.index == index }
    var start = sentence?.utf8Range.lowerBound ?? 0
    if let sentence, let found = sentence.text.range(of: span) {
      start += sentence.text.utf8.distance(from: sentence.text.startIndex, to: found.lowerBound)
    }
    return Report.Reading(
      article: article,
      sentences: [index],
      text: span,
      normalized: normalized,
      utf8Range: start..<(start + span.utf8.count)
    )
  }

  /// Evidence with its contributions and anchors.
  static func evidence(
    _ score: Double,
    _ contributions: [String: Double],
    _ anchors: [(Report.AnchorKind, String, Double)]
  )
    -> Report.Evidence
  {
    Report.Evidence(
      similarityScore: score,
      contributions: contributions,
      anchors: anchors.map { Report.Anchor(kind: $0.0, value: $0.1, weight: $0.2) }
    )
  }

  static func claim(_ article: String, _ sentences: Int...) -> Report.ClaimReference {
    Report.ClaimReference(article: article, sentences: sentences)
  }

  static let facts: [Report.Fact] = [
    Report.Fact(
      id: "F1",
      claims: [
        claim("en-wire", 0), claim("en-gov", 0), claim("fr-journal", 0), claim("ja-mofa", 0),
      ],
      evidence: evidence(
        0.78,
        ["entity": 0.41, "concept": 0.31, "order": 0.06],
        [
          (.concept, "reciprocal access agreement", 0.9), (.entity, "Emmanuel Macron", 0.6),
          (.entity, "Fumio Kishida", 0.6), (.concept, "negotiation", 0.4),
        ]
      )
    ),
    Report.Fact(
      id: "F2",
      claims: [claim("en-wire", 1), claim("fr-journal", 1)],
      evidence: evidence(
        0.55,
        ["unit": 0.2, "concept": 0.35],
        [(.unit, "person", 0.5), (.concept, "drill", 0.7)]
      )
    ),
    Report.Fact(
      id: "F3",
      claims: [claim("en-wire", 2), claim("fr-journal", 2), claim("ja-mofa", 1)],
      evidence: evidence(
        0.61,
        ["concept": 0.33, "entity": 0.22, "date-part": 0.06],
        [(.concept, "frigate", 0.9), (.entity, "Japan", 0.2), (.datePart, "2024", 0.1)]
      )
    ),
    Report.Fact(
      id: "F4",
      claims: [claim("en-wire", 3), claim("en-gov", 1)],
      evidence: evidence(
        0.52,
        ["speaker": 0.3, "concept": 0.22],
        [(.speaker, "Emmanuel Macron", 0.8), (.concept, "new", 0.3)]
      )
    ),
  ]

  static let divergences: [Report.Divergence] = [
    Report.Divergence(
      id: "D1",
      kind: .qualifier,
      fact: "F1",
      slot: "agreement",
      readings: [
        reading("en-wire", 0, "agreed", "agreed"),
        reading("fr-journal", 0, "devraient entamer", "expected"),
        reading("ja-mofa", 0, "一致した", "agreed"),
      ],
      evidence: facts[0].evidence,
      note: nil
    ),
    Report.Divergence(
      id: "D2",
      kind: .number,
      fact: "F2",
      slot: "person",
      readings: [
        reading("en-wire", 1, "About 1,000 troops", "~1000 person"),
        reading("fr-journal", 1, "Environ 1 500 soldats", "~1500 person"),
      ],
      evidence: facts[1].evidence,
      note: "the articles were published on different dates (2024-05-02, 2024-05-03)"
    ),
    Report.Divergence(
      id: "D3",
      kind: .date,
      fact: "F3",
      slot: "date",
      readings: [
        reading("en-wire", 2, "in July", "2024-07"),
        reading("fr-journal", 2, "en juillet", "2024-07"),
        reading("ja-mofa", 1, "8月", "2024-08"),
      ],
      evidence: facts[2].evidence,
      note: nil
    ),
    Report.Divergence(
      id: "D4",
      kind: .entity,
      fact: "F3",
      slot: "place",
      readings: [
        reading("en-wire", 2, "Brest", "Brest"),
        reading("fr-journal", 2, "Toulon", "Toulon"),
        reading("ja-mofa", 1, "ブレスト", "Brest"),
      ],
      evidence: facts[2].evidence,
      note: nil
    ),
    Report.Divergence(
      id: "D5",
      kind: .attribution,
      fact: nil,
      slot: "speaker",
      readings: [
        reading("en-wire", 4, "Macron", "Emmanuel Macron"),
        reading("ja-mofa", 2, "岸田総理", "Fumio Kishida"),
      ],
      evidence: evidence(
        0.34,
        ["concept": 0.34],
        [(.concept, "partnership", 0.7), (.concept, "strong", 0.4)]
      ),
      note: nil
    ),
    Report.Divergence(
      id: "D6",
      kind: .quote,
      fact: "F4",
      slot: "quote",
      readings: [
        reading("en-wire", 3, "This is a new chapter,", "this is a new chapter"),
        reading("en-gov", 1, "This is a new era,", "this is a new era"),
      ],
      evidence: facts[3].evidence,
      note: nil
    ),
  ]

  static let unmatched: [Report.Unmatched] = [
    Report.Unmatched(article: "en-wire", sentences: [4]),
    Report.Unmatched(article: "en-wire", sentences: [5]),
    Report.Unmatched(article: "en-gov", sentences: [2]),
    Report.Unmatched(article: "fr-journal", sentences: [3]),
    Report.Unmatched(article: "ja-mofa", sentences: [2]),
    Report.Unmatched(article: "ja-mofa", sentences: [3]),
    Report.Unmatched(article: "en-blog", sentences: [0, 1]),
  ]

  /// The report.
  static let report = ComparisonReport(
    articles: articles,
    facts: facts,
    divergences: divergences,
    unmatched: unmatched,
    summary: Report.Summary(
      articleCount: articles.count,
      sentenceCount: articles.reduce(0) { $0 + $1.sentences.count },
      factCount: facts.count,
      divergenceCount: divergences.count,
      divergencesByKind: Dictionary(
        uniqueKeysWithValues: Report.DivergenceKind.allCases.map { kind in
          (kind.rawValue, divergences.filter { $0.kind == kind }.count)
        }
      ),
      unmatchedCount: unmatched.count,
      unmatchedByArticle: Dictionary(
        uniqueKeysWithValues: articles.map { article in
          (article.id, unmatched.filter { $0.article == article.id }.count)
        }
      ),
      scoredPairCount: 42
    )
  )
}
