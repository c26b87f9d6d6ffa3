import Articles
import Comparison
import Foundation
import TextCore

/// Times `StoryComparer` on synthetic stories of N articles of S sentences.
///
/// One line per case, `comparison/compare/story-<N>x<S>`, with the best time and the counts a CI
/// job may check (facts, divergences, unmatched, candidate pairs scored). Synthetic stories keep
/// the case independent of the claim extractor: each article tells about three quarters of a
/// pool of story claims in a locally shuffled order, with a fifth of each claim's concepts
/// dropped and noise concepts added (as translation through a lexicon does), plus claims of its
/// own. Anchors follow a Zipf-like frequency, so some (`Japan`) are everywhere.
enum ComparisonBenchmark {
  /// The cases: articles × sentences per article.
  static let cases: [(articles: Int, sentences: Int, overview: Bool)] = [
    (2, 40, true), (3, 40, true), (3, 80, false), (3, 160, false), (10, 40, true),
    (20, 40, true), (50, 40, false), (100, 40, false),
  ]

  /// Runs the cases whose name contains `filter` (all when `nil`; `overview` runs the quick
  /// subset).
  static func run(filter: String?) throws {
    let stopwatch = Stopwatch(repetitions: 5)
    for sample in cases {
      let name = "comparison/compare/story-\(sample.articles)x\(sample.sentences)"
      if let filter {
        if filter == "overview" {
          if !sample.overview { continue }
        } else if !name.contains(filter) {
          continue
        }
      }
      let articles = story(articles: sample.articles, sentences: sample.sentences, seed: 7)
      let comparer = StoryComparer()
      let measured = try stopwatch.measure({ try comparer.compare(articles) }) { report in
        "facts=\(report.summary.factCount) divergences=\(report.summary.divergenceCount) "
          + "unmatched=\(report.summary.unmatchedCount) pairs=\(report.summary.scoredPairCount)"
      }
      let milliseconds = String(format: "%.2f", measured.seconds * 1_000)
      print("\(name)  \(milliseconds) ms (best of \(measured.runs))  \(measured.counts)")
    }
  }

  /// A synthetic story: `articles` articles of `sentences` claims each.
  static func story(articles: Int, sentences: Int, seed: UInt64) -> [ArticleClaims] {
    var random = SeededGenerator(seed: seed)
    let places = ["Japan", "France", "Paris", "Tokyo", "Indo-Pacific", "Ukraine", "China"]
    let people = ["Fumio Kishida", "Emmanuel Macron", "Sebastien Lecornu", "Yoko Kamikawa"]
    func zipf(_ count: Int) -> Int {
      // Index with probability roughly proportional to 1 / (rank + 1).
      let draw = Double(random.next() % 1_000_000) / 1_000_000
      return min(count - 1, Int(pow(Double(count), draw)) - 1)
    }
    let poolSize = sentences * 5 / 4
    var pool = [(entities: [(String, EntityMention.Kind)], number: String?, concepts: [String])]()
    for index in 0..<poolSize {
      let place = places[zipf(places.count)]
      let person = people[zipf(people.count)]
      let concepts = (0..<6).map { _ in "concept\(zipf(800))" } + ["topic\(index)"]
      let number = random.next() % 3 == 0 ? "\(random.next() % 500 + 2)" : nil
      pool.append(([(place, .place), (person, .person)], number, concepts))
    }
    var result = [ArticleClaims]()
    for article in 0..<articles {
      let id = "a\(article)"
      var chosen = pool.indices.filter { _ in random.next() % 100 < 75 }.prefix(sentences * 3 / 4)
        .map { $0 }
      // Shuffle blocks of three so order is only locally kept.
      var blocks = stride(from: 0, to: chosen.count, by: 3).map {
        Array(chosen[$0..<min($0 + 3, chosen.count)])
      }
      blocks.shuffle(using: &random)
      chosen = blocks.flatMap { $0 }
      var claims = [Claim]()
      var sentenceList = [ArticleClaims.Sentence]()
      var offset = 0
      for index in 0..<sentences {
        let text = "Sentence \(index) of article \(article)."
        let range = offset..<(offset + text.utf8.count)
        offset = range.upperBound + 1
        sentenceList.append(ArticleClaims.Sentence(index: index, text: text, utf8Range: range))
        var entities = [EntityMention]()
        var quantities = [QuantityMention]()
        var concepts = [String]()
        if index < chosen.count {
          let source = pool[chosen[index]]
          entities = source.entities.map {
            EntityMention(text: $0.0, canonical: $0.0, kind: $0.1, utf8Range: range)
          }
          if let number = source.number {
            quantities.append(
              QuantityMention(
                text: number,
                value: number,
                unit: "person",
                qualifier: nil,
                utf8Range: range
              )
            )
          }
          concepts = source.concepts.filter { _ in random.next() % 5 != 0 }
          concepts += (0..<2).map { _ in "concept\(zipf(800))" }
        } else {
          concepts = (0..<6).map { _ in "concept\(zipf(800))" } + ["own\(article)-\(index)"]
        }
        claims.append(
          Claim(
            article: id,
            sentence: index,
            text: text,
            utf8Range: range,
            entities: entities,
            quantities: quantities,
            concepts: Array(Set(concepts)).sorted()
          )
        )
      }
      result.append(
        ArticleClaims(id: id, language: .english, sentences: sentenceList, claims: claims)
      )
    }
    return result
  }
}
