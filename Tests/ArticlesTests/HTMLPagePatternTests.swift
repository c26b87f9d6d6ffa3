import Testing

@testable import Articles

/// Layouts met on real news pages (checked against newspaper4k's saved pages, which cannot be
/// committed), each rebuilt here as a small hand-made page.
@Suite("Reading HTML pages: layouts of real news sites")
struct HTMLPagePatternTests {
  /// Three paragraphs of invented story text, as `<p>` elements.
  static let story = [
    "The city council voted on Tuesday to extend the tram line to the airport, ending a debate that had lasted for more than a decade.",
    "Construction is due to start next spring, and the council said the first trams should run within four years, at a cost of about 600 million euros.",
    "Opponents of the plan, who had argued for a cheaper bus lane, said they would not challenge the decision in court.",
  ]

  static func page(head: String = "", body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8"><title>Council backs tram line</title>\(head)</head>
    <body>
    <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
    \(body)
    <footer><p>Copyright 2024 The Daily Example. All rights reserved.</p></footer>
    </body></html>
    """
  }

  static func paragraphs(_ texts: [String], attributes: String = "") -> String {
    texts.map { "<p\(attributes)>\($0)</p>" }.joined(separator: "\n")
  }

  /// Link titles of the kind sidebars list, more text in all than the story.
  static let headlines = [
    "Ten things to do in the city this weekend", "Rail strike called off after late talks",
    "Stadium plan goes back to the drawing board", "Schools to stay open during the heatwave",
    "Museum reopens after a two-year renovation", "Police appeal for witnesses after crash",
    "New cycle lanes divide local shop owners", "Water bills to rise by five percent in May",
    "Hospital waiting times fall for third month", "Market hall to be rebuilt on the old site",
    "Festival line-up announced for the summer", "Bridge closed for repairs until next week",
  ]

  @Test("A post inside a container whose class names a widget is kept")
  func postInsideWidgetContainer() throws {
    // Blog engines wrap the post in `<div class="widget Blog">`, the same class as the sidebar
    // widgets; the post's text is in bare `<div>`s, not `<p>`s.
    let html = Self.page(
      body: """
        <div class="widget Blog" id="Blog1">
        <h1 class="post-title">Council backs tram line</h1>
        <div class="post-body">
        \(Self.story.map { "<div><span>\($0)</span></div>" }.joined(separator: "\n"))
        </div></div>
        <div class="widget PopularPosts" id="sidebar"><ul>
        \(Self.headlines.map { "<li><a href=\"/p\">\($0)</a></li>" }.joined(separator: "\n"))
        </ul><div class="widget-content">Follow us for the latest local news and views.</div>
        </div>
        """
    )
    let article = try Fixture.article(html, name: "blog.html")
    #expect(article.paragraphs.map(\.text) == Self.story)
  }

  @Test("A comment section is dropped even when it holds more prose than the story")
  func longCommentSectionDropped() throws {
    let comments = (1...6).map {
      "Comment \($0): I have lived near the planned route for twenty years, and I really doubt the trams will be running in four years, whatever the council says today."
    }
    let html = Self.page(
      body: """
        <div class="main-column"><h1>Council backs tram line</h1>
        \(Self.paragraphs(Self.story))</div>
        <div class="comments-area">\(Self.paragraphs(comments))</div>
        """
    )
    let article = try Fixture.article(html, name: "comments.html")
    #expect(article.paragraphs.map(\.text) == Self.story)
  }

  @Test("Paragraphs classed 'paywall' are story text, not a paywall prompt")
  func paywallClassedParagraphs() throws {
    let html = Self.page(
      body: """
        <article><h1>Council backs tram line</h1>
        <div class="body">\(Self.paragraphs(Self.story, attributes: " class=\"paywall\""))</div>
        </article>
        """
    )
    let article = try Fixture.article(html, name: "paywall.html")
    #expect(article.paragraphs.map(\.text) == Self.story)
  }

  @Test("A story cut into same-class chunks by adverts is read whole and in order")
  func storyInChunks() throws {
    // Each chunk sits four levels below the chunks' common ancestor, too deep for the
    // paragraph scores to meet in one container.
    func chunk(_ texts: [String]) -> String {
      """
      <div class="grid"><div class="grid-item"><div class="body-wrapper">
      <div class="body-inner">\(Self.paragraphs(texts))</div>
      </div></div></div>
      """
    }
    let more = [
      "The new line will have nine stops, including one at the university hospital, which has long asked for a faster link to the city centre.",
      "Officials expect about 20,000 passengers a day once the line opens, far more than the buses on the same route carry now.",
    ]
    let html = Self.page(
      body: """
        <main><h1>Council backs tram line</h1><div class="chunks">
        \(chunk(Array(Self.story.prefix(2))))
        <div class="advert-slot"><a href="/ad">Advertisement</a></div>
        \(chunk(Array(Self.story.suffix(1))))
        <div class="advert-slot"><a href="/ad">Advertisement</a></div>
        \(chunk(more))
        </div></main>
        """
    )
    let article = try Fixture.article(html, name: "chunks.html")
    #expect(article.paragraphs.map(\.text) == Self.story + more)
  }

  @Test("In a story written in <p> elements, bare labels in other elements are dropped")
  func bareLabelsAroundParagraphs() throws {
    // A dateline block, a video playlist's titles and count, a gallery's slide numbers and
    // its title repeated on every slide: text held by `<div>`s, never ending a sentence.
    let html = Self.page(
      body: """
        <article class="story">
        <h1>Council backs tram line</h1>
        <div class="source">Lyon The Daily Example \u{2014}</div>
        <p>\(Self.story[0])</p>
        <div class="playlist"><div class="playlist-info">Local news 12 videos</div>
        <div class="video-title">Mayor speaks after the vote</div>
        <div class="video-title">What the tram line means for you</div></div>
        <p>\(Self.story[1])</p>
        <div class="gallery"><div class="slide-title">Tram line vote</div>
        <div class="slide-title">Tram line vote</div><div class="slide-number">1</div>
        <div class="slide-number">2</div></div>
        <p>\(Self.story[2])</p>
        </article>
        """
    )
    let article = try Fixture.article(html, name: "labels.html")
    #expect(article.paragraphs.map(\.text) == Self.story)
  }

  @Test("Bare <div> sentences in a story written in <p> elements are kept")
  func bareSentencesKept() throws {
    let note = "This article was updated on Wednesday with the final vote count."
    let html = Self.page(
      body: """
        <article><h1>Council backs tram line</h1>
        \(Self.paragraphs(Self.story))<div class="note">\(note)</div></article>
        """
    )
    let article = try Fixture.article(html, name: "note.html")
    #expect(article.paragraphs.map(\.text) == Self.story + [note])
  }

  @Test("A share label in Japanese is dropped from a Japanese story")
  func japaneseShareLabel() throws {
    let story = [
      "市議会は火曜日、空港までの路面電車の延伸を可決した。十年以上続いた議論に決着がついた。",
      "工事は来年春に始まる予定で、市は四年以内に最初の電車を走らせたいとしている。",
    ]
    let html = """
      <html lang="ja"><head><meta charset="utf-8"><title>路面電車の延伸を可決</title></head><body>
      <article><h1>路面電車の延伸を可決</h1><p>\(story[0])</p><p>このニュースをシェア</p>
      <p>\(story[1])</p></article></body></html>
      """
    let article = try Fixture.article(html, name: "ja.html")
    #expect(article.paragraphs.map(\.text) == story)
  }

  // MARK: Metadata

  @Test("A publication date in a meta tag of the site's own naming is picked up")
  func siteSpecificDateMeta() throws {
    let html = Self.page(
      head: """
        <meta name="article_date_updated" content="Monday, June 3, 2024, 9:10 AM">
        <meta name="article_date_original" content="Saturday, June 1, 2024, 12:06 PM">
        """,
      body: "<article><h1>Council backs tram line</h1>\(Self.paragraphs(Self.story))</article>"
    )
    let article = try Fixture.article(html, name: "date.html")
    #expect(article.published == PublicationDate(year: 2024, month: 6, day: 1))
  }

  @Test("A modification date alone is not taken for the publication date")
  func modificationDateIgnored() throws {
    let html = Self.page(
      head: "<meta property=\"article:modified_time\" content=\"2024-06-03T09:10:00Z\">",
      body: "<article><h1>Council backs tram line</h1>\(Self.paragraphs(Self.story))</article>"
    )
    let article = try Fixture.article(html, name: "modified.html")
    #expect(article.published == nil)
  }

  /// A page title as a site writes it, and the headline expected from it.
  struct TitleCase: CustomTestStringConvertible, Sendable {
    let head: String
    let title: String
    var testDescription: String { title }
  }

  static let titleCases = [
    TitleCase(
      head: """
        <meta property="og:title" content="Council backs tram line to the airport -- Example">
        """,
      title: "Council backs tram line to the airport"
    ),
    TitleCase(
      head: """
        <meta property="og:title" content="路面電車の延伸を市議会が可決（写真＝共同）">
        <script type="application/ld+json">{"@type":"NewsArticle",
        "headline":"路面電車の延伸を市議会が可決　（写真＝共同）　：日刊例示新聞"}</script>
        """,
      title: "路面電車の延伸を市議会が可決（写真＝共同）"
    ),
    TitleCase(
      head: "<meta property=\"og:title\" content=\"路面電車の延伸を市議会が可決 ：日刊例示\">",
      title: "路面電車の延伸を市議会が可決"
    ),
  ]

  @Test("The site's name is taken off the headline", arguments: titleCases)
  func headlineWithoutSiteName(_ sample: TitleCase) throws {
    let html = Self.page(
      head: sample.head,
      body: "<article>\(Self.paragraphs(Self.story))</article>"
    )
    let article = try Fixture.article(html, name: "title.html")
    #expect(article.title == sample.title)
  }

  // MARK: Text measures

  @Test("White space of every kind collapses to single spaces, ends trimmed")
  func collapsingWhitespace() {
    let text = "\u{3000} Le\u{00A0}\u{00A0}maire\u{200B}a\tdit\u{2009}:\n« oui »\u{FEFF} 。\u{205F}"
    #expect(TextFeatures.collapsingWhitespace(text) == "Le maire a dit : « oui » 。")
    #expect(TextFeatures.collapsingWhitespace(" \n\t ") == "")
    #expect(TextFeatures.collapsingWhitespace("😀  é") == "😀 é")
  }

  @Test("Kana and ideographs weigh three, other characters one")
  func weightedLength() {
    #expect(TextFeatures.weightedLength("Tokyo") == 5)
    #expect(TextFeatures.weightedLength("東京、") == 9)
    #expect(TextFeatures.weightedLength("é 😀 ｶ") == 7)
    #expect(TextFeatures.weightedLength("Tokyo 東京"[...]) == 12)
  }
}
