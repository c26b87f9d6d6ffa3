import ArgumentParser
import Articles
import Foundation
import Testing

@testable import storydiff

@Suite("storydiff extract")
struct ExtractCommandTests {
  @Test(
    "A wrong --published value is a usage error (exit 2)",
    arguments: ["2024-02-30", "02/05/2024", "yesterday"]
  )
  func wrongPublished(_ value: String) {
    do {
      _ = try StoryDiff.parseAsRoot(["extract", "--published", value, "a.txt"])
      Issue.record("parsed --published \(value)")
    } catch {
      #expect(StoryDiff.exitCode(for: error) == .validationFailure)
      #expect(StoryDiff.message(for: error).contains("YYYY-MM-DD"))
    }
  }

  @Test("Flags become reader options")
  func options() throws {
    let command = try ExtractCommand.parse([
      "--title", "T", "--outlet", "O", "--lang", "fr", "--published", "2024-05-02", "--format",
      "md", "a.txt",
    ])
    let options = command.readerOptions
    #expect(options.title == "T")
    #expect(options.outlet == "O")
    #expect(options.language == .french)
    #expect(options.published?.description == "2024-05-02")
    #expect(command.format == .md)
  }

  @Test("JSON output has the contract's fields, with null for what is unknown")
  func jsonFields() throws {
    let command = try ExtractCommand.parse(["a.txt"])
    let article = Article(
      id: "a",
      title: "Talks",
      language: .english,
      paragraphs: [
        Paragraph(text: "One.", utf8Range: 0..<4), Paragraph(text: "Two.", utf8Range: 6..<10),
      ]
    )
    let output = try command.render([article])
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any]
    )
    for key in [
      "id", "title", "byline", "dateline", "outlet", "language", "published", "url", "text",
      "paragraphs",
    ] {
      #expect(json.keys.contains(key), "missing \(key)")
    }
    #expect(json["text"] as? String == "One.\n\nTwo.")
    #expect(json["byline"] is NSNull)
    #expect((json["paragraphRanges"] as? [[Int]]) == [[0, 4], [6, 10]])
  }

  @Test("Markdown output renders headings, list items and quotes")
  func markdown() {
    let article = Article(
      id: "a",
      title: "Talks",
      byline: "John Irish",
      language: .english,
      paragraphs: [
        Paragraph(text: "Background", kind: .heading, utf8Range: 0..<1),
        Paragraph(text: "Item.", kind: .listItem, utf8Range: 1..<2),
        Paragraph(text: "Quote.", kind: .quote, utf8Range: 2..<3),
      ]
    )
    #expect(
      ExtractCommand.markdown(article)
        == "# Talks\n\n*John Irish*\n\n## Background\n\n- Item.\n\n> Quote."
    )
  }
}
