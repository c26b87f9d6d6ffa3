import Foundation
import TestSupport
import Testing

@Suite("storydiff compare and batch")
struct CompareCommandTests {
  static let seed = [
    "examples/2024-05-02-france-japan-raa/en-japantoday-reuters.txt",
    "examples/2024-05-02-france-japan-raa/ja-mofa.txt",
    "examples/2024-05-02-france-japan-raa/en-kantei.txt",
  ]

  @Test("compare --format json carries the contract and finds the shared RAA fact")
  func json() throws {
    let result = try CommandRunner.run(
      ["compare", "--format", "json", "--published", "2024-05-02"] + Self.seed
    )
    #expect(result.status == 0, "\(result.standardError)")
    let report = try #require(
      try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
    )
    #expect(report["schemaVersion"] as? Int == 1)
    let facts = try #require(report["facts"] as? [[String: Any]])
    let threeWay = facts.filter { (($0["claims"] as? [[String: Any]])?.count ?? 0) == 3 }
    #expect(!threeWay.isEmpty, "a fact shared by all three articles")
    #expect((report["unmatched"] as? [[String: Any]])?.isEmpty == false)
  }

  @Test("compare --format html writes one self-contained page")
  func html() throws {
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent("storydiff-\(UUID().uuidString).html")
    defer { try? FileManager.default.removeItem(at: output) }
    let result = try CommandRunner.run(
      ["compare", "--format", "html", "-o", output.path, "--published", "2024-05-02"] + Self.seed
    )
    #expect(result.status == 0, "\(result.standardError)")
    let page = try String(contentsOf: output, encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(page.contains("岸田"))
    #expect(!page.contains("http://") && !page.contains("https://"))
    #expect(!page.contains("<script src"))
  }

  @Test("compare --format text --no-color has no escape sequences")
  func text() throws {
    let result = try CommandRunner.run(
      ["compare", "--no-color", "--width", "80", "--published", "2024-05-02"] + Self.seed
    )
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("3 articles"))
    #expect(!result.standardOutput.contains("\u{1B}["))
  }

  @Test("compare needs two articles")
  func oneArticle() throws {
    let result = try CommandRunner.run(["compare", Self.seed[0]])
    #expect(result.status == 2)
    #expect(result.standardError.contains("at least two articles"))
  }

  @Test("batch reports a story with a missing file and still writes the others")
  func batchSurvivesMissingFile() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("storydiff-batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let examples = RepositoryFiles.examples.path
    let stories = """
      {"id": "abe", "articles": ["\(examples)/2007-09-12-abe-resigns/en-wikinews.txt", \
      "\(examples)/2007-09-12-abe-resigns/ja-wikinews.txt"]}
      {"id": "broken", "articles": ["no-such-file.txt", "\(examples)/2007-09-12-abe-resigns/ja-wikinews.txt"]}

      """
    let input = folder.appendingPathComponent("stories.jsonl")
    try stories.write(to: input, atomically: true, encoding: .utf8)
    let result = try CommandRunner.run(["batch", "--jobs", "2", input.path])
    #expect(result.status == 1)
    #expect(result.standardError.contains("broken"))
    #expect(result.standardError.contains("no-such-file.txt"))
    let lines = result.standardOutput.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.contains("\"story\":\"abe\"") == true)
  }
}
