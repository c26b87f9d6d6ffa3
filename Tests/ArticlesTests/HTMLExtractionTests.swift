import Foundation
import Testing

@testable import Articles

@Suite("Reading HTML pages")
struct HTMLExtractionTests {
  static let constructedPage = """
    <!DOCTYPE html>
    <html lang="en"><head>
    <meta charset="utf-8">
    <title>Talks agreed on troops pact | World Wire</title>
    <meta property="og:site_name" content="World Wire">
    <meta property="og:url" content="https://wire.example.com/og-url">
    <link rel="canonical" href="https://wire.example.com/2024/05/02/troops-pact">
    <script type="application/ld+json">
    {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"World Wire"},
     {"@type":"NewsArticle","headline":"France, Japan to start talks on reciprocal troops pact",
      "datePublished":"2024-05-02T01:35:00+09:00","author":[{"@type":"Person","name":"John Irish"}],
      "publisher":{"@type":"Organization","name":"Reuters"}}]}
    </script>
    <style>body { font-family: serif; }</style>
    </head><body>
    <div class="cookie-consent"><p>We use cookies to give you the best experience. Accept?</p></div>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
    <main>
    <article>
    <h1>France, Japan to start talks on reciprocal troops pact</h1>
    <p class="byline">By John Irish</p>
    <div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>
    <p>PARIS (Reuters) - France and Japan agreed on Thursday to start formal talks on a reciprocal troop access deal, strengthening military cooperation.</p>
    <p>The G7 allies have held numerous joint military exercises in recent years, bilaterally and as part of a wider group &amp; more.</p>
    <h2>A long negotiation</h2>
    <p>Tokyo spent about two years negotiating the agreement with Australia, and one year negotiating the one with Britain.</p>
    <ul><li>Australia signed in 2022, after long talks.</li><li>Britain signed in 2023, more quickly.</li></ul>
    <blockquote><p>"We see what's happening in Europe and the Indo-Pacific as inseparable," the official said.</p></blockquote>
    <aside class="related"><h3>Related</h3><ul><li><a href="/a">Markets rally on rates</a></li><li><a href="/b">Ten things to do in Tokyo</a></li></ul></aside>
    </article>
    <section id="comments"><h2>Comments</h2><p>I really don't think this changes anything in the long run, but we will see.</p></section>
    </main>
    <aside><h3>Most read</h3><ol><li><a href="/c">Story one is popular today</a></li></ol></aside>
    <form class="newsletter"><p>Sign up for our newsletter to get the news every morning.</p><input type="email"></form>
    <footer><p>© 2024 World Wire. All rights reserved.</p></footer>
    </body></html>
    """

  @Test("A constructed page gives the story's paragraphs and none of the furniture")
  func constructedPageBody() throws {
    let article = try Fixture.article(Self.constructedPage, name: "page.html")
    #expect(
      article.paragraphs.map(\.text) == [
        "PARIS (Reuters) - France and Japan agreed on Thursday to start formal talks on a reciprocal troop access deal, strengthening military cooperation.",
        "The G7 allies have held numerous joint military exercises in recent years, bilaterally and as part of a wider group & more.",
        "A long negotiation",
        "Tokyo spent about two years negotiating the agreement with Australia, and one year negotiating the one with Britain.",
        "Australia signed in 2022, after long talks.",
        "Britain signed in 2023, more quickly.",
        "\"We see what's happening in Europe and the Indo-Pacific as inseparable,\" the official said.",
      ]
    )
    #expect(
      article.paragraphs.map(\.kind) == [
        .paragraph, .paragraph, .heading, .paragraph, .listItem, .listItem, .quote,
      ]
    )
  }

  @Test(
    "A constructed page's metadata comes from JSON-LD, the canonical link and the first paragraph"
  )
  func constructedPageMetadata() throws {
    let article = try Fixture.article(Self.constructedPage, name: "page.html")
    #expect(article.title == "France, Japan to start talks on reciprocal troops pact")
    #expect(article.byline == "John Irish")
    #expect(article.outlet == "Reuters")
    #expect(article.published == PublicationDate(year: 2024, month: 5, day: 2))
    #expect(article.url == "https://wire.example.com/2024/05/02/troops-pact")
    #expect(article.dateline == "PARIS")
    #expect(article.language == .english)
  }

  @Test("UTF-8 page paragraphs map to the bytes of their text in the markup")
  func htmlRanges() throws {
    let bytes = Array(Self.constructedPage.utf8)
    let article = try Fixture.article(bytes, name: "page.html")
    for paragraph in article.paragraphs {
      let slice = String(decoding: bytes[paragraph.utf8Range], as: UTF8.self)
      let prefix = String(paragraph.text.prefix(12))
      let suffix = String(paragraph.text.suffix(5))
      #expect(slice.hasPrefix(prefix), "\(slice)")
      #expect(slice.hasSuffix(suffix), "\(slice)")
    }
    let second = try #require(article.paragraphs.dropFirst().first)
    #expect(String(decoding: bytes[second.utf8Range], as: UTF8.self).hasSuffix("&amp; more."))
  }

  /// One evaluation page and its gold main text.
  struct Page: CustomTestStringConvertible, Sendable {
    let id: String
    let language: String
    let charset: String
    let title: String
    var testDescription: String { id }
  }

  static let pages: [Page] = {
    guard let url = Bundle.module.resourceURL?.appendingPathComponent("Fixtures/pages.json"),
      let data = try? Data(contentsOf: url),
      let list = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]]
    else { return [] }
    return list.compactMap { entry in
      guard let id = entry["id"] as? String, let language = entry["lang"] as? String,
        let charset = entry["charset"] as? String, let title = entry["title"] as? String
      else { return nil }
      return Page(id: id, language: language, charset: charset, title: title)
    }
  }()

  @Test("The evaluation pages are all there")
  func pageCount() {
    #expect(Self.pages.count >= 15)
  }

  @Test(
    "Each evaluation page gives its gold paragraphs, title, language and charset",
    arguments: pages
  )
  func evaluationPage(_ page: Page) throws {
    let bytes = try Fixture.file("pages/\(page.id).html")
    let gold = String(decoding: try Fixture.file("gold/\(page.id).txt"), as: UTF8.self)
    let article = try Fixture.article(bytes, name: "\(page.id).html")
    #expect(
      article.paragraphs.map(\.text)
        == gold.split(separator: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    )
    #expect(article.title == page.title)
    #expect(article.language.rawValue == page.language)
    #expect(article.charset == page.charset)
    #expect(article.rangeBasis == (page.charset == "UTF-8" ? .originalBytes : .utf8Transcoding))
    #expect(article.published != nil)
  }

  @Test("A Shift_JIS page without any declaration is detected and converted")
  func undeclaredShiftJIS() throws {
    var bytes = try Fixture.file("pages/ja-flores67-shiftjis.html")
    let text = String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
    let range = try #require(text.firstRange(of: "charset=Shift_JIS"))
    let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
    bytes.replaceSubrange(
      start..<(start + "charset=Shift_JIS".utf8.count),
      with: Array("xxxxxxxxxxxxxxxxx".utf8)
    )
    let article = try Fixture.article(bytes, name: "undeclared.html")
    #expect(article.language == .japanese)
    #expect(article.title == "ハイデラバードでヒンドゥー教の祭典シュリ・シャム・バジャン2009開催")
    #expect(
      article.charset.uppercased().contains("SHIFT_JIS")
        || article.charset.uppercased().contains("943")
    )
  }

  @Test("A Windows-1252 page with curly quotes and accents decodes")
  func windows1252() throws {
    let article = try Fixture.article(
      try Fixture.file("pages/fr-wikinews-tohoku-cp1252.html"),
      name: "fr.html"
    )
    #expect(article.charset == "windows-1252")
    #expect(article.text.contains("séisme"))
  }
}
