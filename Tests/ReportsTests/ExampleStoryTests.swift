import Articles
import Comparison
import Foundation
import Reports
import TestSupport
import TextCore
import Testing

/// One story folder under `examples/`, compared through the real pipeline.
struct ExampleStory: CustomTestStringConvertible, Sendable {
  let folder: URL

  var testDescription: String { folder.lastPathComponent }

  static var all: [ExampleStory] {
    ((try? RepositoryFiles.storyFolders()) ?? []).map(ExampleStory.init)
  }

  /// The report of the folder's `.txt` articles, sorted by name.
  func report() throws -> ComparisonReport {
    let files = try FileManager.default.contentsOfDirectory(
      at: folder,
      includingPropertiesForKeys: nil
    )
    .filter { $0.pathExtension == "txt" }
    .sorted { $0.lastPathComponent < $1.lastPathComponent }
    let reader = try ArticleReader()
    let extractor = try ClaimExtractor()
    var articles = [ArticleClaims]()
    for file in files {
      for article in try reader.read(
        data: Array(Data(contentsOf: file)),
        name: file.lastPathComponent
      ) {
        articles.append(ArticleClaims(article: article, claims: try extractor.claims(in: article)))
      }
    }
    return try StoryComparer().compare(articles)
  }
}

@Suite("Reports of the example stories")
struct ExampleStoryTests {
  @Test(
    "Every renderer gives the same bytes twice, and the JSON satisfies the schema",
    arguments: ExampleStory.all
  )
  func rendersExample(_ story: ExampleStory) throws {
    let report = try story.report()
    var terminal = TerminalRenderer.Options()
    terminal.width = 72
    let renderers: [any ReportRenderer] = [
      TerminalRenderer(options: terminal), MarkdownRenderer(), HTMLRenderer(), JSONRenderer(),
      CSVRenderer(),
    ]
    for renderer in renderers {
      #expect(renderer.render(report) == renderer.render(report), "\(type(of: renderer))")
    }
    for line in TerminalRenderer(options: terminal).render(report).split(separator: "\n") {
      #expect(TextCoreInfo.displayWidth(of: String(line)) <= 72, "\(line)")
    }
    let html = HTMLRenderer().render(report)
    #expect(!html.contains("<script"))
    let checker = try JSONRendererTests.checker()
    let value = try JSONDecoder().decode(
      JSONValue.self,
      from: Data(JSONRenderer().render(report).utf8)
    )
    #expect(checker.problems(in: value) == [])
  }
}
