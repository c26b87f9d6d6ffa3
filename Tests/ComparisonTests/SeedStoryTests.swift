import Articles
import Comparison
import Foundation
import TestSupport
import Testing
import TextCore

/// The seed story: Reuters (via JapanToday) against the Japanese readout and its English
/// translation, published 2 May 2024.
enum SeedStory {
  static let folder = "examples/2024-05-02-france-japan-raa"

  /// The three articles with their claims, read and extracted as `storydiff compare` does.
  static func articles() throws -> [ArticleClaims] {
    var options = ArticleReader.Options()
    options.published = PublicationDate(iso: "2024-05-02")
    let reader = try ArticleReader(options: options)
    let extractor = try ClaimExtractor()
    var result = [ArticleClaims]()
    for name in ["en-japantoday-reuters", "ja-mofa", "en-kantei"] {
      let text = try RepositoryFiles.text("\(folder)/\(name).txt")
      for article in try reader.read(data: Array(text.utf8), name: "\(name).txt") {
        result.append(ArticleClaims(article: article, claims: try extractor.claims(in: article)))
      }
    }
    return result
  }
}

@Suite("The seed story")
struct SeedStoryTests {
  static let seed = "en-japantoday-reuters"

  /// The articles that share a fact with the seed's sentence `index`.
  static func partners(of index: Int, in report: ComparisonReport) -> Set<String> {
    guard
      let fact = report.facts.first(where: { fact in
        fact.claims.contains { $0.article == seed && $0.sentences.contains(index) }
      })
    else { return [] }
    return Set(fact.claims.map(\.article)).subtracting([seed])
  }

  @Test("the start of negotiations, with the Indo-Pacific cooperation, is a fact of all three")
  func negotiations() throws {
    let report = try StoryComparer().compare(SeedStory.articles())
    // "France and Japan agreed on Thursday to start formal talks on a reciprocal troop access
    // deal, ... in the Indo-Pacific region ..."
    #expect(Self.partners(of: 0, in: report) == ["ja-mofa", "en-kantei"])
    let fact = try #require(
      report.facts.first { $0.claims.contains { $0.article == Self.seed && $0.sentences == [0] } }
    )
    let anchors = Set(fact.evidence.anchors.map(\.value))
    #expect(anchors.contains("Indo-Pacific"))
    #expect(anchors.contains("negotiation") || anchors.contains("RAA"))
  }

  @Test("the meeting of Kishida and Macron in Paris is a fact of all three")
  func meeting() throws {
    let report = try StoryComparer().compare(SeedStory.articles())
    // "... as Prime Minister Fumio Kishida and President Emmanuel Macron met in Paris."
    #expect(Self.partners(of: 4, in: report) == ["ja-mofa", "en-kantei"])
  }

  @Test(
    "the seed's own material stays unmatched",
    arguments: [
      (9, "signed RAAs with Australia and the United Kingdom"),
      (10, "two years negotiating the agreement with Australia"),
      (14, "backed Ukraine in its war against Russia"),
      (18, "Sebastien Lecornu"),
    ]
  )
  func unmatched(_ index: Int, _ excerpt: String) throws {
    let articles = try SeedStory.articles()
    let text = articles.first?.sentences.first { $0.index == index }?.text ?? ""
    #expect(text.contains(excerpt))
    let report = try StoryComparer().compare(articles)
    #expect(
      report.unmatched.contains { $0.article == Self.seed && $0.sentences == [index] }
    )
  }

  @Test("the anonymous official's 'Japanese government' is a speaker, not a diverging entity")
  func speakerIsNotAnEntityDivergence() throws {
    let report = try StoryComparer().compare(SeedStory.articles())
    #expect(!report.divergences.contains { $0.kind == .entity })
  }

  @Test("the readouts' lunch time in two zones and two languages is one fact, no divergence")
  func lunchTime() throws {
    let report = try StoryComparer().compare(SeedStory.articles())
    let lunch = report.facts.first { fact in
      fact.evidence.anchors.contains { $0.kind == .number && $0.value == "2 hour" }
    }
    let lunchArticles = Set((lunch?.claims ?? []).map(\.article))
    #expect(lunchArticles.isSuperset(of: ["ja-mofa", "en-kantei"]))
    #expect(!report.divergences.contains { $0.kind == .date })
  }
}
