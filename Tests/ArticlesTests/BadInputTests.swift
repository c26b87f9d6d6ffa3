import Foundation
import Testing

@testable import Articles

@Suite("Bad input gets a clear error or a sensible result")
struct BadInputTests {
  @Test("An empty file and a file of white space are refused as empty")
  func empty() throws {
    let reader = try #require(Fixture.reader)
    #expect(throws: ArticleError.empty(input: "e.txt")) { try reader.read(data: [], name: "e.txt") }
    #expect(throws: ArticleError.empty(input: "e.html")) {
      try reader.read(data: Array(" \n\t\n".utf8), name: "e.html")
    }
  }

  @Test("Binary files are refused, naming a known type")
  func binary() throws {
    let reader = try #require(Fixture.reader)
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
    #expect(throws: ArticleError.binary(input: "a.png", kind: "png")) {
      try reader.read(data: png, name: "a.png")
    }
    var random = [UInt8]()
    var state: UInt32 = 12_345
    for _ in 0..<4_096 {
      state = state &* 1_103_515_245 &+ 12_345
      random.append(UInt8(truncatingIfNeeded: state >> 16))
    }
    #expect(throws: ArticleError.binary(input: "blob")) {
      try reader.read(data: random, name: "blob")
    }
    let error = try #require(ArticleError.binary(input: "blob") as ArticleError?)
    #expect(error.description == "blob: input looks like binary data, not text")
  }

  @Test("Malformed HTML still gives its text")
  func malformedHTML() throws {
    let html = """
      <html><body><div class="story"><p>France and Japan agreed on Thursday to start formal talks <b>on a <i>reciprocal</b> troop deal.
      <p>The G7 allies have held numerous joint exercises, bilaterally and as part of a wider group.</div></span></td>
      <p>Paris has been pushing for more than a year to begin the talks.
      """
    let article = try Fixture.article(html, name: "broken.html")
    #expect(article.text.contains("reciprocal troop deal."))
    #expect(article.text.contains("numerous joint exercises"))
  }

  @Test("A file cut off mid-tag or mid-character is read up to the cut")
  func truncated() throws {
    let seed = try Fixture.repositoryFile(PlainTextExtractionTests.seedPath)
    let html = Array(HTMLExtractionTests.constructedPage.utf8)
    let cutHTML = Array(html.prefix(html.count * 2 / 3))
    let fromHTML = try Fixture.article(cutHTML, name: "cut.html")
    #expect(!fromHTML.paragraphs.isEmpty)
    // "日本" cut after the first byte of 本.
    let japanese = Array("日仏首脳は会談し、協定の交渉開始で合意した。日本".utf8)
    let cutJapanese = Array(japanese.prefix(japanese.count - 2))
    let article = try Fixture.article(cutJapanese, name: "cut.txt")
    #expect(article.charset == "UTF-8")
    #expect(article.text.hasSuffix("日"))
    let cutSeed = Array(seed.prefix(2_000))
    #expect(!(try Fixture.article(cutSeed, name: "cut-seed.txt").paragraphs.isEmpty))
  }

  @Test("A 50 MB file is refused quickly with the limit in the message")
  func hugeFile() throws {
    let reader = try #require(Fixture.reader)
    let paragraph = Array(
      "<p>France and Japan agreed on Thursday to start formal talks.</p>\n".utf8
    )
    var bytes = [UInt8]()
    bytes.reserveCapacity(50 << 20)
    while bytes.count < 50 << 20 { bytes += paragraph }
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      #expect(throws: ArticleError.tooLarge(input: "big.html", bytes: bytes.count, limit: 16 << 20))
      {
        try reader.read(data: bytes, name: "big.html")
      }
    }
    #expect(elapsed < .seconds(2))
  }

  @Test("Deeply nested markup neither crashes nor hangs")
  func deepNesting() throws {
    let html =
      String(repeating: "<div>", count: 20_000)
      + "<p>France and Japan agreed on Thursday to start formal talks on a troop deal.</p>"
      + String(repeating: "</div>", count: 20_000)
    let article = try Fixture.article(html, name: "deep.html")
    #expect(
      article.paragraphs.first?.text
        == "France and Japan agreed on Thursday to start formal talks on a troop deal."
    )
  }

  @Test("A page with no story text says so")
  func noText() throws {
    let reader = try #require(Fixture.reader)
    let html = "<html><body><nav><a href='/'>Home</a></nav><footer>© 2024</footer></body></html>"
    #expect(throws: ArticleError.noArticleText(input: "nav.html")) {
      try reader.read(data: Array(html.utf8), name: "nav.html")
    }
  }

  @Test("Text in an unsupported language is refused unless a language is given")
  func unsupportedLanguage() throws {
    let reader = try #require(Fixture.reader)
    let text = "Президент Франции встретился с премьер-министром Японии в Париже в четверг."
    #expect(throws: ArticleError.undetectableLanguage(input: "ru.txt")) {
      try reader.read(data: Array(text.utf8), name: "ru.txt")
    }
    var options = ArticleReader.Options()
    options.language = .english
    #expect(try Fixture.article(text, name: "ru.txt", options: options).language == .english)
  }
}

@Suite("Publication dates and options")
struct PublicationDateTests {
  @Test(
    "Strict ISO dates parse; impossible ones do not",
    arguments: [
      ("2024-05-02", true), ("2024-02-29", true), ("2023-02-29", false), ("2024-13-01", false),
      ("2024-5-2", false), ("02/05/2024", false), ("2024-05-02T10:00", false), ("", false),
    ]
  )
  func iso(_ text: String, _ valid: Bool) {
    #expect((PublicationDate(iso: text) != nil) == valid)
  }

  @Test("Options override what the input says")
  func overrides() throws {
    var options = ArticleReader.Options()
    options.title = "Given title"
    options.outlet = "Given outlet"
    options.published = PublicationDate(year: 2020, month: 1, day: 2)
    options.id = "given-id"
    let article = try Fixture.article(
      HTMLExtractionTests.constructedPage,
      name: "page.html",
      options: options
    )
    #expect(article.title == "Given title")
    #expect(article.outlet == "Given outlet")
    #expect(article.published?.description == "2020-01-02")
    #expect(article.id == "given-id")
  }

  @Test("An article round-trips through JSON with its date as YYYY-MM-DD")
  func codable() throws {
    let article = try Fixture.article("Title line here\n\nA sentence of the body.", name: "a.txt")
    let data = try JSONEncoder().encode(article)
    #expect(String(decoding: data, as: UTF8.self).contains("\"language\":\"en\""))
    #expect(try JSONDecoder().decode(Article.self, from: data) == article)
  }
}
