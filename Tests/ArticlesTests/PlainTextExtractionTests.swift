import Foundation
import Testing

@testable import Articles

@Suite("Reading plain text and scrapes")
struct PlainTextExtractionTests {
  static let seedPath = "examples/2024-05-02-france-japan-raa/en-japantoday-reuters.txt"

  @Test("The seed scrape gives the Reuters story's title, byline, dateline and date as metadata")
  func seedMetadata() throws {
    let article = try Fixture.article(
      try Fixture.repositoryFile(Self.seedPath),
      name: Self.seedPath
    )
    #expect(article.id == "en-japantoday-reuters")
    #expect(article.title == "France, Japan to start talks on reciprocal troops pact")
    #expect(article.byline == "John Irish")
    #expect(article.dateline == "PARIS")
    #expect(article.language == .english)
    #expect(article.published == PublicationDate(year: 2024, month: 5, day: 1))
    #expect(article.rangeBasis == .originalBytes)
  }

  @Test(
    "The seed scrape's body runs from the first to the last paragraph of the story, nothing else"
  )
  func seedBody() throws {
    let article = try Fixture.article(
      try Fixture.repositoryFile(Self.seedPath),
      name: Self.seedPath
    )
    #expect(article.paragraphs.count == 14)
    #expect(
      article.paragraphs.first?.text
        == "France and Japan agreed on Thursday to start formal talks on a reciprocal troop access deal, strengthening military cooperation in amid rising maritime tensions in the Indo-Pacific region and the war in Ukraine."
    )
    #expect(
      article.paragraphs.last?.text
        == "French Defense Minister Sebastien Lecornu has previously said that Paris was hoping to agree an RAA with Japan."
    )
    let boilerplate = [
      "user survey", "Newsletter", "Register", "Login", "Image: Reuters", "Benoit Tessier",
      "politics",
      "0 Comments", "By John Irish", "Thomson Reuters", "GPlusMedia", "Facebook", "trending",
      "GaijinPot", "Salary", "France, Japan to start talks",
    ]
    for phrase in boilerplate {
      #expect(!article.text.contains(phrase), "body contains '\(phrase)'")
    }
    #expect(article.paragraphs.allSatisfy { $0.kind == .paragraph })
  }

  @Test("Every seed paragraph's range holds exactly its text in the original bytes")
  func seedRanges() throws {
    let bytes = try Fixture.repositoryFile(Self.seedPath)
    let article = try Fixture.article(bytes, name: Self.seedPath)
    for paragraph in article.paragraphs {
      let slice = String(decoding: bytes[paragraph.utf8Range], as: UTF8.self)
      #expect(slice == paragraph.text)
    }
  }

  /// A header with a publication date written in the text, and the date it means.
  struct DatedHeader: CustomTestStringConvertible, Sendable {
    let header: String
    let expected: PublicationDate?
    var testDescription: String { header }
  }

  static let datedHeaders: [DatedHeader] = [
    DatedHeader(
      header: "date 2024-05-01  Take our user survey",
      expected: PublicationDate(year: 2024, month: 5, day: 1)
    ),
    DatedHeader(
      header: "Publié le 02/05/2024",
      expected: PublicationDate(year: 2024, month: 5, day: 2)
    ),
    DatedHeader(
      header: "Publié le 11 mars 2011",
      expected: PublicationDate(year: 2011, month: 3, day: 11)
    ),
    DatedHeader(header: "2024年5月2日", expected: PublicationDate(year: 2024, month: 5, day: 2)),
    DatedHeader(header: "令和6年5月2日", expected: PublicationDate(year: 2024, month: 5, day: 2)),
    DatedHeader(header: "令和元年５月１日", expected: PublicationDate(year: 2019, month: 5, day: 1)),
    DatedHeader(
      header: "Published May 2, 2024",
      expected: PublicationDate(year: 2024, month: 5, day: 2)
    ),
    DatedHeader(
      header: "Wednesday, September 12, 2007",
      expected: PublicationDate(year: 2007, month: 9, day: 12)
    ),
    DatedHeader(header: "Publié le 31/02/2024", expected: nil),
  ]

  @Test(
    "Dates written in the header are picked up as the publication date",
    arguments: datedHeaders
  )
  func headerDates(_ sample: DatedHeader) throws {
    let body =
      sample.header.contains("年")
      ? "日本とフランスは２日、部隊間協力円滑化協定の交渉を始めることで合意した。両首脳はパリで会談した。"
      : "France and Japan agreed on Thursday to start formal talks on a reciprocal troop access deal."
    let text = "Headline of the story here\n\(sample.header)\n\n\(body)\n"
    let article = try Fixture.article(text, name: "dated.txt")
    #expect(article.published == sample.expected)
  }

  @Test(
    "A closing quote paragraph is part of the body, French spaces before » included",
    arguments: [" ", "\u{00A0}", "\u{202F}"]
  )
  func closingQuote(_ space: String) throws {
    // NTREX: the last paragraph `Evans : « … là ! »` ended in a space and a guillemet, was
    // not taken for prose, and was dropped after the body.
    let quote = "Evans : « Dis donc, c’est sûr que ça saute, là !\(space)»"
    let text = "Un titre pour l’article\n\nIl justifia son approche avec Kim.\n\n\(quote)\n"
    let article = try Fixture.article(text, name: "quote.txt")
    #expect(article.paragraphs.count == 2)
    // The paragraph's text has its spaces collapsed; its range holds the quote as written.
    let last = try #require(article.paragraphs.last)
    #expect(last.text.hasPrefix("Evans : «") && last.text.hasSuffix("là ! »"))
    #expect(Array(text.utf8)[last.utf8Range].elementsEqual(quote.utf8))
  }

  @Test("A hard-wrapped paragraph becomes one paragraph whose range spans its lines")
  func wrappedParagraph() throws {
    let text = """
      Talks agreed

      France and Japan agreed on Thursday to start formal talks on a
      reciprocal troop access deal, strengthening military cooperation
      amid rising maritime tensions.

      The G7 allies have held numerous joint military exercises.
      """
    let article = try Fixture.article(text, name: "wrapped.txt")
    #expect(article.title == "Talks agreed")
    #expect(article.paragraphs.count == 2)
    let first = try #require(article.paragraphs.first)
    #expect(
      first.text.hasPrefix(
        "France and Japan agreed on Thursday to start formal talks on a reciprocal"
      )
    )
    let slice = String(decoding: Array(text.utf8)[first.utf8Range], as: UTF8.self)
    #expect(slice.hasSuffix("tensions."))
    #expect(slice.contains("\n"))
  }

  @Test("A Japanese scrape keeps its prose and drops the widgets around it")
  func japaneseScrape() throws {
    let text = """
      ログイン
      会員登録
      日仏、部隊間協力円滑化協定の交渉開始で合意
      2024年5月2日
      【パリ＝共同】岸田文雄首相は2日、パリでマクロン大統領と会談し、部隊間協力円滑化協定（RAA）の交渉開始で合意した。
      両首脳はインド太平洋地域での協力を深めることを確認した。
      関連記事
      コメント(3)
      © 2024 東都新聞 無断転載を禁じます。
      """
    let article = try Fixture.article(text, name: "ja.txt")
    #expect(article.language == .japanese)
    #expect(article.title == "日仏、部隊間協力円滑化協定の交渉開始で合意")
    #expect(article.published == PublicationDate(year: 2024, month: 5, day: 2))
    #expect(article.dateline == "パリ")
    #expect(article.paragraphs.count == 2)
    #expect(!article.text.contains("関連記事") && !article.text.contains("無断転載"))
  }
}
