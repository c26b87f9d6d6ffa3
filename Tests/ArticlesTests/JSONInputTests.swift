import Foundation
import Testing

@testable import Articles

@Suite("Reading JSON and JSON Lines")
struct JSONInputTests {
  @Test("A JSON article object keeps its metadata and splits its text into paragraphs")
  func jsonObject() throws {
    let json = """
      {"title": "Talks agreed", "outlet": "Reuters", "language": "en", "published": "2024-05-02",
       "url": "https://example.com/a", "text": "First paragraph here.\\n\\nSecond paragraph, with \\"quotes\\"."}
      """
    let article = try Fixture.article(json, name: "export.json")
    #expect(article.title == "Talks agreed")
    #expect(article.outlet == "Reuters")
    #expect(article.language == .english)
    #expect(article.published == PublicationDate(year: 2024, month: 5, day: 2))
    #expect(article.url == "https://example.com/a")
    #expect(
      article.paragraphs.map(\.text) == [
        "First paragraph here.", "Second paragraph, with \"quotes\".",
      ]
    )
    #expect(article.rangeBasis == .embeddedText)
    #expect(article.id == "export")
  }

  @Test("JSON Lines give one article per line, html records go through extraction")
  func jsonLines() throws {
    let lines = """
      {"id": "a", "title": "Un", "language": "fr", "text": "Le Japon et la France ont convenu d'ouvrir des négociations."}
      {"id": "b", "html": "<html><body><nav><a href='/'>Accueil</a></nav><p>Le Japon et la France ont convenu jeudi d'ouvrir des négociations sur un accord.</p></body></html>"}
      """
    let reader = try #require(Fixture.reader)
    let articles = try reader.read(data: Array(lines.utf8), name: "export.jsonl")
    #expect(articles.map(\.id) == ["a", "b"])
    #expect(articles.map(\.language) == [.french, .french])
    #expect(
      articles[1].paragraphs.map(\.text) == [
        "Le Japon et la France ont convenu jeudi d'ouvrir des négociations sur un accord."
      ]
    )
  }

  @Test("A JSON Lines record that is not JSON names its line")
  func badLine() throws {
    let lines = "{\"text\": \"Fine sentence here.\", \"language\": \"en\"}\n{not json\n"
    let reader = try #require(Fixture.reader)
    #expect(
      throws: ArticleError.malformedJSON(input: "x.jsonl", line: 2, reason: "not a JSON object")
    ) {
      try reader.read(data: Array(lines.utf8), name: "x.jsonl")
    }
  }

  @Test("A record without text or html, and a bad published date, are refused")
  func missingFields() throws {
    let reader = try #require(Fixture.reader)
    #expect(throws: ArticleError.self) {
      try reader.read(data: Array("{\"title\": \"x\"}".utf8), name: "x.json")
    }
    let badDate = "{\"text\": \"A sentence here.\", \"published\": \"02/05/2024\"}"
    #expect(throws: ArticleError.self) {
      try reader.read(data: Array(badDate.utf8), name: "x.json")
    }
  }
}
