import Articles
import Comparison
import Foundation
import Testing

@Suite("Edge cases and determinism")
struct EdgeCaseTests {
  static let lines = [
    AlignmentTests.treaty, AlignmentTests.meeting, AlignmentTests.indoPacific,
  ]

  @Test("one article is an error: there is nothing to compare it with")
  func oneArticle() {
    #expect(throws: ComparisonError.tooFewArticles(count: 1)) {
      try StoryComparer().compare([StoryBuilder.article("a", Self.lines)])
    }
    #expect(ComparisonError.tooFewArticles(count: 1).description.contains("at least two"))
  }

  @Test("two articles with one id are an error")
  func duplicateIDs() {
    #expect(throws: ComparisonError.duplicateArticle(id: "a")) {
      try StoryComparer().compare([
        StoryBuilder.article("a", Self.lines), StoryBuilder.article("a", Self.lines),
      ])
    }
  }

  @Test("two identical articles: every claim is a fact, nothing diverges")
  func identicalArticles() throws {
    let report = try StoryComparer().compare([
      StoryBuilder.article("a", Self.lines), StoryBuilder.article("b", Self.lines),
    ])
    #expect(alignedPairs(report, "a", "b") == [[0, 0], [1, 1], [2, 2]])
    #expect(report.divergences.isEmpty)
    #expect(report.unmatched.isEmpty)
  }

  @Test("an empty article gives a report in which it has no claims")
  func emptyArticle() throws {
    let report = try StoryComparer().compare([
      StoryBuilder.article("a", Self.lines), StoryBuilder.article("empty", []),
    ])
    #expect(report.facts.isEmpty)
    #expect(report.unmatched.count == 3)
    #expect(report.summary.unmatchedByArticle == ["a": 3, "empty": 0])
    #expect(report.articles.map(\.sentences.count) == [3, 0])
  }

  @Test("claims without anchors are unmatched, never aligned")
  func anchorlessClaims() throws {
    let bare = [Line("Yes.", concepts: []), Line("No.", concepts: [])]
    let report = try StoryComparer().compare([
      StoryBuilder.article("a", bare), StoryBuilder.article("b", bare),
    ])
    #expect(report.facts.isEmpty)
    #expect(report.unmatched.count == 4)
  }

  @Test("the same input gives byte-identical JSON")
  func determinism() throws {
    func run() throws -> Data {
      let articles = ["a", "b", "c"].map { id in
        StoryBuilder.article(id, Self.lines + StoryBuilder.filler(8, tag: "shared"))
      }
      return try StoryComparer().compare(articles).jsonData()
    }
    #expect(try run() == run())
  }

  /// 100 articles telling `shared` claims in rotated orders, each with `own` claims of its own.
  static func hundredArticles(shared: Int, own: Int) -> [ArticleClaims] {
    (0..<100).map { index in
      let story = StoryBuilder.filler(shared, tag: "story")
      let rotated = Array(story[(index % shared)...] + story[..<(index % shared)])
      let extra = (0..<own).map {
        Line("Own \($0) of \(index).", concepts: ["own\(index)x\($0)", "own\(index)y\($0)"])
      }
      return StoryBuilder.article("a\(index)", rotated + extra)
    }
  }

  @Test("100 articles give one fact per shared claim, each with 100 claims")
  func hundredArticles() throws {
    let report = try StoryComparer().compare(Self.hundredArticles(shared: 6, own: 2))
    #expect(report.facts.count == 6)
    #expect(report.facts.allSatisfy { $0.claims.count == 100 })
    #expect(report.unmatched.count == 200)
  }

  @Test(
    "100 articles of 40 sentences compare (RUN_SLOW_TESTS=1)",
    .enabled(if: ProcessInfo.processInfo.environment["RUN_SLOW_TESTS"] == "1")
  )
  func hundredLongArticles() throws {
    let report = try StoryComparer().compare(Self.hundredArticles(shared: 30, own: 10))
    #expect(report.facts.count == 30)
    #expect(report.facts.allSatisfy { $0.claims.count == 100 })
    #expect(report.unmatched.count == 1_000)
  }

  @Test("the JSON carries the contract's fields")
  func jsonContract() throws {
    let first = StoryBuilder.article(
      "a",
      [
        Line(
          text: "The bridge over the Seine is 96 m long.",
          entities: [("Seine", .place)],
          quantities: [StoryBuilder.quantity("96 m", "96", "m")],
          concepts: ["bridge", "long"]
        )
      ]
    )
    let second = StoryBuilder.article(
      "b",
      [
        Line(
          text: "The Seine bridge is 93 m long.",
          entities: [("Seine", .place)],
          quantities: [StoryBuilder.quantity("93 m", "93", "m")],
          concepts: ["bridge", "long"]
        )
      ]
    )
    let data = try StoryComparer().compare([first, second]).jsonData()
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(json["schemaVersion"] as? Int == 1)
    let articles = try #require(json["articles"] as? [[String: Any]])
    let sentence = try #require((articles.first?["sentences"] as? [[String: Any]])?.first)
    #expect(sentence["utf8Range"] as? [Int] == [0, 39])
    #expect(articles.first?["language"] as? String == "en")
    let facts = try #require(json["facts"] as? [[String: Any]])
    #expect(facts.first?["id"] as? String == "F1")
    let divergence = try #require((json["divergences"] as? [[String: Any]])?.first)
    #expect(divergence["kind"] as? String == "number")
    #expect(divergence["fact"] as? String == "F1")
    let readings = try #require(divergence["readings"] as? [[String: Any]])
    #expect(readings.map { $0["normalized"] as? String } == ["96 m", "93 m"])
    #expect(readings.first?["sentences"] as? [Int] == [0])
    #expect(json["unmatched"] as? [Any] != nil)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"fact\" : \"F1\""))
  }
}
