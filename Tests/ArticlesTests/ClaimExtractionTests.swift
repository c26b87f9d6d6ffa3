import Foundation
import Lexicon
import Testing
import TextCore

@testable import Articles

/// Claims of the seed story and French samples, read with the bundled dictionaries.
enum ClaimFixture {
  static let story = "examples/2024-05-02-france-japan-raa/"
  static let extractor: ClaimExtractor? = try? ClaimExtractor()

  /// The claims of a repository file read as an article published on `published`.
  static func claims(_ path: String, published: String = "2024-05-02") throws -> [Claim] {
    var options = ArticleReader.Options()
    options.published = PublicationDate(iso: published)
    let article = try Fixture.article(
      try Fixture.repositoryFile(path),
      name: path,
      options: options
    )
    return try #require(extractor).claims(in: article)
  }

  /// The claims of a text in `language`, as one article published on `published`, by
  /// `custom` or the default extractor.
  static func claims(
    text: String,
    language: Language,
    published: String = "2024-05-02",
    extractor custom: ClaimExtractor? = nil
  ) throws
    -> [Claim]
  {
    var options = ArticleReader.Options()
    options.published = PublicationDate(iso: published)
    options.language = language
    options.format = .text
    let article = try Fixture.article(Array(text.utf8), name: "sample.txt", options: options)
    return try #require(custom ?? extractor).claims(in: article)
  }
}

@Suite("Claims: entities")
struct ClaimEntityTests {
  struct StoryCase: CustomTestStringConvertible, Sendable {
    let file: String
    let canonicals: Set<String>
    var testDescription: String { file }
  }

  static let seed: [StoryCase] = [
    StoryCase(
      file: "en-japantoday-reuters.txt",
      canonicals: [
        "Emmanuel Macron", "Fumio Kishida", "France", "Japan", "Australia", "United Kingdom",
        "Philippines", "China", "Taiwan", "Ukraine", "Sébastien Lecornu", "Paris", "Élysée",
        "Indo-Pacific", "Government of Japan", "G7",
      ]
    ),
    StoryCase(
      file: "en-kantei.txt",
      canonicals: ["Emmanuel Macron", "Fumio Kishida", "France", "Japan", "Paris", "OECD"]
    ),
    StoryCase(
      file: "ja-mofa.txt",
      canonicals: [
        "Emmanuel Macron", "Fumio Kishida", "France", "Japan", "Paris", "OECD", "Indo-Pacific",
      ]
    ),
  ]

  @Test("The seed story's entities have one canonical name whatever the language", arguments: seed)
  func seedEntities(_ sample: StoryCase) throws {
    let claims = try ClaimFixture.claims(ClaimFixture.story + sample.file)
    let found = Set(claims.flatMap(\.entities).map(\.canonical))
    #expect(
      sample.canonicals.subtracting(found).isEmpty,
      "missing \(sample.canonicals.subtracting(found))"
    )
  }

  @Test("Every mention's range holds its text in the article's text")
  func rangesIndexArticleText() throws {
    let path = ClaimFixture.story + "ja-mofa.txt"
    var options = ArticleReader.Options()
    options.published = PublicationDate(iso: "2024-05-02")
    let article = try Fixture.article(
      try Fixture.repositoryFile(path),
      name: path,
      options: options
    )
    let bytes = Array(article.text.utf8)
    func slice(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
    for claim in try #require(ClaimFixture.extractor).claims(in: article) {
      #expect(slice(claim.utf8Range) == claim.text)
      for entity in claim.entities { #expect(slice(entity.utf8Range) == entity.text) }
      for date in claim.dates { #expect(slice(date.utf8Range) == date.text) }
      for quantity in claim.quantities { #expect(slice(quantity.utf8Range) == quantity.text) }
      for quote in claim.quotes { #expect(slice(quote.utf8Range) == quote.text) }
    }
  }

  @Test("Japanese country abbreviations count inside compounds: 日仏 is Japan and France")
  func japaneseCompounds() throws {
    let claims = try ClaimFixture.claims(
      text: "日仏首脳会談が行われた。首相は訪米する。日本の参加を歓迎した。米中関係が悪化した。"
        + "犠牲者が増加中。",
      language: .japanese
    )
    #expect(claims.count == 5)
    #expect(claims[0].entities.map(\.canonical) == ["Japan", "France"])
    #expect(claims[1].entities.map(\.canonical) == ["United States"])
    #expect(claims[2].entities.map(\.canonical) == ["Japan"])
    #expect(claims[3].entities.map(\.canonical) == ["United States", "China"])
    // NTREX: `増加中` (increasing) ends with `加` (Canada) and `中` (China), inside a word.
    #expect(claims[4].entities.isEmpty)
  }

  /// Japanese entity scans skip spans whose leading kana and kanji start no name key; a voiced
  /// mark written apart joins the kana before it in the key, so such sentences are scanned in
  /// full: in `イキﾞリス` no key starts with `イキ`, yet the key of the whole is `イギリス`.
  @Test("Names are found among kana and kanji, also with a half-width voiced mark")
  func japaneseNamesWithPruning() throws {
    let claims = try ClaimFixture.claims(
      text: "マクロン大統領と岸田文雄首相が会談した。ｶﾞｰﾅとイキﾞリスの代表も出席した。",
      language: .japanese
    )
    #expect(claims.count == 2)
    #expect(claims[0].entities.map(\.canonical) == ["Emmanuel Macron", "Fumio Kishida"])
    #expect(claims[1].entities.map(\.canonical) == ["Ghana", "United Kingdom"])
  }

  @Test("Unknown names link across scripts: katakana by transliteration, kanji by readings")
  func crossScriptLinking() throws {
    let claims = try ClaimFixture.claims(
      text: "ルコルニュ国防相は安倍晋三元首相と会談した。",
      language: .japanese
    )
    let canonicals = claims.flatMap(\.entities).map(\.canonical)
    #expect(canonicals.contains("Sébastien Lecornu"))
    #expect(canonicals.contains("Shinzo Abe"))
  }

  @Test("An acronym is linked only in capitals: `Un` and `Au` opening a sentence are words")
  func acronymsNeedCapitals() throws {
    let claims = try ClaimFixture.claims(
      text: "Un porte-parole de l'UN a parlé. Au Japon, l'AU a été citée.",
      language: .french
    )
    let canonicals = claims.map { $0.entities.map(\.canonical) }
    #expect(canonicals == [["United Nations"], ["Japan", "African Union"]])
  }

  @Test("Names in Latin letters inside Japanese text are entities, joined across spaces")
  func latinNamesInJapanese() throws {
    // NTREX: the Japanese translation keeps the shop names the French one names as entities.
    let claims = try ClaimFixture.claims(
      text: "セインズベリーはBoots、Superdrug、Debenhamsを採用した。Gwyneth Paltrowのブランドだ。RAAの交渉を始めた。",
      language: .japanese
    )
    let entities = claims.map {
      $0.entities.filter { $0.text.unicodeScalars.allSatisfy(\.isASCII) }
    }
    #expect(
      entities.map { $0.map(\.canonical) } == [
        ["Boots", "Superdrug", "Debenhams"], ["Gwyneth Paltrow"], ["RAA"],
      ]
    )
    #expect(entities.flatMap { $0 }.allSatisfy { $0.kind == .other && !$0.isExactlyLinked })
  }

  @Test("French names: titles stay out, the Élysée and the prime minister keep their canonicals")
  func frenchEntities() throws {
    let claims = try ClaimFixture.claims(
      text:
        "Le président Emmanuel Macron a reçu jeudi à l'Élysée le Premier ministre japonais Fumio Kishida.",
      language: .french
    )
    let entities = try #require(claims.first).entities
    #expect(entities.map(\.canonical) == ["Emmanuel Macron", "Élysée", "Fumio Kishida"])
    #expect(entities.first?.kind == .person)
  }
}

@Suite("Claims: quantities")
struct ClaimQuantityTests {
  @Test("No-break and thin spaces inside French quantities, in text read without display form")
  func frenchSpaces() throws {
    // FLORES and NTREX lines as `--sentence-per-line` reads them: no display form, so the
    // no-break (U+00A0) and thin (U+2009) spaces are still there.
    let lines = [
      "Le procès attire plus de 20\u{00A0}millions de téléspectateurs.",
      "Dix\u{00A0}ans plus tôt, un porc de 295\u{00A0}kg coinça un éleveur.",
      "Sur un total de 330\u{2009}000 personnes.",
      "Les modes pouvaient accuser un retard de 25 à 30 ans.",
    ]
    var paragraphs = [Paragraph]()
    var offset = 0
    for line in lines {
      paragraphs.append(Paragraph(text: line, utf8Range: offset..<(offset + line.utf8.count)))
      offset += line.utf8.count + 2
    }
    let article = Article(
      id: "lines",
      language: .french,
      published: PublicationDate(iso: "2024-05-02"),
      paragraphs: paragraphs,
      rangeBasis: .embeddedText
    )
    let claims = try #require(ClaimFixture.extractor).claims(in: article)
    let read = claims.map { $0.quantities.map { [$0.value, $0.upperValue ?? "", $0.unit ?? ""] } }
    #expect(
      read == [
        [["20000000", "", ""]], [["10", "", "year"], ["295", "", "kg"]],
        [["330000", "", "person"]], [["25", "30", "year"]],
      ]
    )
  }

  @Test("The seed's durations come out as hedged quantities")
  func seedHedges() throws {
    let claims = try ClaimFixture.claims(ClaimFixture.story + "en-japantoday-reuters.txt")
    let quantities = claims.flatMap(\.quantities)
    func find(_ text: String) -> QuantityMention? { quantities.first { $0.text == text } }
    let twoYears = try #require(find("about two years"))
    #expect(twoYears.value == "2" && twoYears.unit == "year" && twoYears.qualifier == .approximate)
    let aYear = try #require(find("about a year"))
    #expect(aYear.value == "1" && aYear.unit == "year" && aYear.qualifier == .approximate)
    let moreThan = try #require(find("more than a year"))
    #expect(moreThan.value == "1" && moreThan.unit == "year" && moreThan.qualifier == .moreThan)
    let oneYear = try #require(find("one year"))
    #expect(oneYear.value == "1" && oneYear.unit == "year" && oneYear.qualifier == nil)
  }

  struct QuantityCase: CustomTestStringConvertible, Sendable {
    let text: String
    let language: Language
    let value: String
    let unit: String?
    let qualifier: QuantityMention.Qualifier?
    var testDescription: String { text }
  }

  static let samples = [
    QuantityCase(
      text: "会談は約２時間続いた。",
      language: .japanese,
      value: "2",
      unit: "hour",
      qualifier: .approximate
    ),
    QuantityCase(text: "交渉には一年かかる。", language: .japanese, value: "1", unit: "year", qualifier: nil),
    // NTREX: `millier` multiplies the number before it, as `mille` does; it was read as 1.
    QuantityCase(
      text: "Plus d'un millier d'Indonésiens ont perdu la vie.",
      language: .french,
      value: "1000",
      unit: nil,
      qualifier: .moreThan
    ),
    QuantityCase(
      text: "Les négociations dureront environ un an.",
      language: .french,
      value: "1",
      unit: "year",
      qualifier: .approximate
    ),
    QuantityCase(
      text: "Paris le demande depuis plus d'un an.",
      language: .french,
      value: "1",
      unit: "year",
      qualifier: .moreThan
    ),
    QuantityCase(
      text: "Il y a eu 29 personnes blessées.",
      language: .french,
      value: "29",
      unit: "person",
      qualifier: nil
    ),
    QuantityCase(
      text: "Talks could take up to 3 years.",
      language: .english,
      value: "3",
      unit: "year",
      qualifier: .upTo
    ),
  ]

  @Test("Quantities in three languages read value, unit and qualifier", arguments: samples)
  func readsQuantities(_ sample: QuantityCase) throws {
    let claims = try ClaimFixture.claims(text: sample.text, language: sample.language)
    let quantity = try #require(claims.first?.quantities.first)
    #expect(quantity.value == sample.value)
    #expect(quantity.unit == sample.unit)
    #expect(quantity.qualifier == sample.qualifier)
  }

  @Test("A range keeps both ends")
  func ranges() throws {
    let claims = try ClaimFixture.claims(text: "Talks take 3 to 5 days.", language: .english)
    let quantity = try #require(claims.first?.quantities.first)
    #expect(quantity.value == "3" && quantity.upperValue == "5" && quantity.unit == "day")
  }

  struct RangeCase: CustomTestStringConvertible, Sendable {
    let text: String
    let language: Language
    let ends: [String]
    var testDescription: String { text }
  }

  static let scaledRanges = [
    // One scale after both ends scales both; the lower end was read as 2, 4.2 and 300.
    RangeCase(
      text: "Between 2 and 3 million people fled.",
      language: .english,
      ends: ["2000000", "3000000"]
    ),
    RangeCase(
      text: "It formed 4.2-3.9 million years ago.",
      language: .english,
      ends: ["4200000", "3900000"]
    ),
    RangeCase(text: "300～400万人が避難した。", language: .japanese, ends: ["3000000", "4000000"]),
    RangeCase(
      text: "Il faut 2,5 à 3,5 milliards.",
      language: .french,
      ends: ["2500000000", "3500000000"]
    ),
    // A number grouped with a space has no scale: the lower end stays as written.
    RangeCase(text: "Il coûte de 20 à 30 000 euros.", language: .french, ends: ["20", "30000"]),
  ]

  @Test("A scale after a range's upper end scales its lower end too", arguments: scaledRanges)
  func scaledRange(_ sample: RangeCase) throws {
    let claims = try ClaimFixture.claims(text: sample.text, language: sample.language)
    let quantity = try #require(claims.first?.quantities.first)
    #expect([quantity.value, quantity.upperValue ?? ""] == sample.ends)
  }
}

@Suite("Claims: dates and times")
struct ClaimDateTests {
  @Test("Thursday in an article published on Thursday 2 May 2024 is that day")
  func seedThursday() throws {
    let claims = try ClaimFixture.claims(ClaimFixture.story + "en-japantoday-reuters.txt")
    let thursday = try #require(claims.flatMap(\.dates).first { $0.text == "Thursday" })
    #expect(thursday.value == "2024-05-02")
    #expect(thursday.precision == .day)
    #expect(thursday.isRelative)
  }

  struct DateCase: CustomTestStringConvertible, Sendable {
    let text: String
    let language: Language
    let expected: [String]
    var testDescription: String { text }
  }

  static let samples = [
    DateCase(
      text: "They met on May 2, 2024 and again in December 2023.",
      language: .english,
      expected: ["2024-05-02", "2023-12"]
    ),
    DateCase(
      text: "Talks began last year and continued last week.",
      language: .english,
      expected: ["2023", "2024-W17"]
    ),
    DateCase(
      text: "The meeting started at 1:35 p.m. local time.",
      language: .english,
      expected: ["2024-05-02T13:35"]
    ),
    // `hier à 13 h 35`: a time takes the nearest date of its sentence, here yesterday.
    DateCase(
      text: "Ils se sont rencontrés jeudi, puis le 2 mai 2024, et hier à 13 h 35.",
      language: .french,
      expected: ["2024-05-02", "2024-05-02", "2024-05-01", "2024-05-01T13:35"]
    ),
    DateCase(text: "令和6年5月2日、首脳会談が行われた。", language: .japanese, expected: ["2024-05-02"]),
    DateCase(
      text: "2024年5月2日と昨年12月、2日、昨日に会った。",
      language: .japanese,
      expected: ["2024-05-02", "2023-12", "2024-05-02", "2024-05-01"]
    ),
    DateCase(
      text: "日本時間2日午後8時35分から会談した。",
      language: .japanese,
      expected: ["2024-05-02T20:35+09:00"]
    ),
  ]

  @Test("Absolute, partial, relative dates and times resolve to ISO 8601", arguments: samples)
  func resolvesDates(_ sample: DateCase) throws {
    let claims = try ClaimFixture.claims(text: sample.text, language: sample.language)
    #expect(claims.flatMap(\.dates).map(\.value) == sample.expected)
  }

  @Test("The official readouts give the meeting's time in both zones")
  func readoutTimes() throws {
    let english = try ClaimFixture.claims(ClaimFixture.story + "en-kantei.txt").flatMap(\.dates)
    #expect(
      english.contains { $0.value == "2024-05-02T13:35" && $0.text == "1:35 p.m. local time" }
    )
    #expect(english.contains { $0.value == "2024-05-02T20:35+09:00" })
    #expect(english.contains { $0.value == "2023-12" && $0.text == "last December" })
    let japanese = try ClaimFixture.claims(ClaimFixture.story + "ja-mofa.txt").flatMap(\.dates)
    #expect(japanese.contains { $0.value == "2024-05-02T13:35" })
    #expect(
      japanese.contains { $0.value == "2024-05-02T20:35+09:00" && $0.text == "日本時間2日午後8時35分" }
    )
    #expect(japanese.contains { $0.value == "2023-12" && $0.text == "昨年12月" })
  }
}

@Suite("Claims: quotes and speakers")
struct ClaimQuoteTests {
  @Test("The seed's quote has the anonymous official as its speaker")
  func seedOfficial() throws {
    let claims = try ClaimFixture.claims(ClaimFixture.story + "en-japantoday-reuters.txt")
    let quote = try #require(
      claims.flatMap(\.quotes).first { $0.text.hasPrefix("They agreed to start negotiations") }
    )
    #expect(quote.speaker == "a Japanese government official")
    #expect(quote.speakerCanonical == nil)
  }

  @Test("A quote whose speaker is in another sentence has none")
  func speakerElsewhere() throws {
    let claims = try ClaimFixture.claims(ClaimFixture.story + "en-japantoday-reuters.txt")
    let quote = try #require(claims.flatMap(\.quotes).first { $0.text.hasPrefix("Given the") })
    #expect(quote.speaker == nil)
  }

  struct QuoteCase: CustomTestStringConvertible, Sendable {
    let text: String
    let language: Language
    let quote: String
    let speaker: String?
    let canonical: String?
    var testDescription: String { text }
  }

  static let samples = [
    QuoteCase(
      text: "« Ils ont convenu d'entamer des négociations », a déclaré un responsable japonais.",
      language: .french,
      quote: "Ils ont convenu d'entamer des négociations",
      speaker: "un responsable japonais",
      canonical: nil
    ),
    // FLORES: the scan back from the quote meets `déclaré` first, which keys as `déclare`;
    // the speaker is what comes before the whole verb `a déclaré`.
    QuoteCase(
      text: "Lorsqu'on lui a demandé de commenter, Miller a déclaré : « Mike parle beaucoup ».",
      language: .french,
      quote: "Mike parle beaucoup",
      speaker: "Miller",
      canonical: "Miller"
    ),
    QuoteCase(
      text: "Selon Emmanuel Macron, « c'est une étape importante ».",
      language: .french,
      quote: "c'est une étape importante",
      speaker: "Emmanuel Macron",
      canonical: "Emmanuel Macron"
    ),
    QuoteCase(
      text: "Prime Minister Fumio Kishida said: \"We agreed to start negotiations.\"",
      language: .english,
      quote: "We agreed to start negotiations.",
      speaker: "Prime Minister Fumio Kishida",
      canonical: "Fumio Kishida"
    ),
    QuoteCase(
      text: "岸田首相は「交渉開始で合意した」と述べた。",
      language: .japanese,
      quote: "交渉開始で合意した",
      speaker: "岸田首相",
      canonical: "Fumio Kishida"
    ),
    QuoteCase(
      text: "「交渉を始めることで一致した」と外務省幹部が語った。",
      language: .japanese,
      quote: "交渉を始めることで一致した",
      speaker: "外務省幹部",
      canonical: nil
    ),
    // NTREX: a speaker no entity names is named as written (a word the lexicon also knows,
    // `reed`); a katakana speaker by its transliteration, which a comparison hears against the
    // story's Latin names; a title's abbreviation cut at its period names no one.
    QuoteCase(
      text: "\"He came to the sideline and just kind of collapsed there,\" Reed said.",
      language: .english,
      quote: "He came to the sideline and just kind of collapsed there",
      speaker: "Reed",
      canonical: "Reed"
    ),
    QuoteCase(
      text: "« C'est un accord », a déclaré M. Zaev.",
      language: .french,
      quote: "C'est un accord",
      speaker: "M",
      canonical: nil
    ),
    QuoteCase(
      text: "「彼はサイドラインに来て、そこで倒れました」とリード氏は話す。",
      language: .japanese,
      quote: "彼はサイドラインに来て、そこで倒れました",
      speaker: "リード氏",
      canonical: "Rido"
    ),
    QuoteCase(
      text: "「恐れていたことがおきた」ウェードは言う。",
      language: .japanese,
      quote: "恐れていたことがおきた",
      speaker: "ウェード",
      canonical: "Wedo"
    ),
    QuoteCase(
      text: "「ここはコウモリにとって最高の場所」と同氏は述べている。",
      language: .japanese,
      quote: "ここはコウモリにとって最高の場所",
      speaker: "同氏",
      canonical: nil
    ),
    QuoteCase(
      text: "「ここは最高の場所」その後彼は言った。",
      language: .japanese,
      quote: "ここは最高の場所",
      speaker: nil,
      canonical: nil
    ),
  ]

  @Test("Quotes and their speakers in three languages", arguments: samples)
  func findsQuotes(_ sample: QuoteCase) throws {
    let claims = try ClaimFixture.claims(text: sample.text, language: sample.language)
    let quote = try #require(claims.first?.quotes.first)
    #expect(quote.text == sample.quote)
    #expect(quote.speaker == sample.speaker)
    #expect(quote.speakerCanonical == sample.canonical)
  }
}

@Suite("Claims: concepts and real French text")
struct ClaimConceptTests {
  @Test("Concepts meet across languages through the English lemma")
  func sharedConcepts() throws {
    let english = try ClaimFixture.claims(
      text: "They agreed to start negotiations.",
      language: .english
    )
    let french = try ClaimFixture.claims(
      text: "Ils ont entamé des négociations.",
      language: .french
    )
    let japanese = try ClaimFixture.claims(text: "交渉を開始した。", language: .japanese)
    for claims in [english, french, japanese] {
      #expect(claims.first?.concepts.contains("negotiation") == true)
    }
    #expect(english.first?.concepts == english.first?.concepts.sorted())
  }

  struct LemmaCase: CustomTestStringConvertible, Sendable {
    let word: String
    let lemma: String
    var testDescription: String { "\(word) → \(lemma)" }
  }

  static let lemmas = [
    LemmaCase(word: "went", lemma: "go"),
    LemmaCase(word: "mice", lemma: "mouse"),
    LemmaCase(word: "told", lemma: "tell"),
    LemmaCase(word: "negotiations", lemma: "negotiation"),
    // A form the lexicons know as a word of its own stays: WordNet would make `data` `datum`
    // and `media` `medium`, which the lexicons pair with other words.
    LemmaCase(word: "data", lemma: "data"),
    LemmaCase(word: "media", lemma: "media"),
  ]

  @Test(
    "English words reduce to lemmas: unknown irregular forms by WordNet's lists, others by suffixes",
    arguments: lemmas
  )
  func englishLemmas(_ sample: LemmaCase) throws {
    let lexicon = try Lexicon.bundled()
    #expect(ClaimExtractor.englishLemma(sample.word, lexicon: lexicon) == sample.lemma)
  }

  struct ConceptCase: CustomTestStringConvertible, Sendable {
    let text: String
    let language: Language
    let concepts: [String]
    var testDescription: String { "\(text) has \(concepts.joined(separator: ", "))" }
  }

  static let conceptCases = [
    // WordNet's irregular forms.
    ConceptCase(
      text: "They went home and came back.",
      language: .english,
      concepts: ["go", "come"]
    ),
    // Grammalecte's forms: the suffix rules read neither `conduisit` nor `habituelle`.
    ConceptCase(
      text: "Il prit le train et conduisit une voiture habituelle.",
      language: .french,
      concepts: ["conduct", "customary"]
    ),
    // Words no lexicon knows in any form, by their English cognates.
    ConceptCase(
      text: "Le système judiciaire et les distributeurs républicains, magnitude probable.",
      language: .french,
      concepts: ["judiciary", "distributor", "republican", "magnitude", "probable"]
    ),
  ]

  @Test(
    "Irregular, inflected and cognate words have the concepts of their lemmas",
    arguments: conceptCases
  )
  func lemmaConcepts(_ sample: ConceptCase) throws {
    let claims = try ClaimFixture.claims(text: sample.text, language: sample.language)
    let concepts = try #require(claims.first).concepts
    for concept in sample.concepts {
      #expect(concepts.contains(concept), "no \(concept) in \(concepts)")
    }
  }

  struct InflectedCase: CustomTestStringConvertible, Sendable {
    let text: String
    let concept: String
    var testDescription: String { "\(text) has \(concept)" }
  }

  static let inflected = [
    InflectedCase(text: "それなら愛を試せばいい。", concept: "attempt"),
    InflectedCase(text: "式典は盛大に行われた。", concept: "take place"),
    InflectedCase(text: "気温は高かった。", concept: "high"),
    InflectedCase(text: "観光客が増えている。", concept: "increase"),
    InflectedCase(text: "彼らは一時間待った。", concept: "wait"),
  ]

  @Test(
    "Inflected Japanese verbs and adjectives have the concepts of their dictionary forms",
    arguments: inflected
  )
  func japaneseInflectedWords(_ sample: InflectedCase) throws {
    let claims = try ClaimFixture.claims(text: sample.text, language: .japanese)
    let concepts = try #require(claims.first).concepts
    #expect(concepts.contains(sample.concept))
  }

  @Test("A kanji that ICU isolates as a word is a concept: 愛 in 愛を試せばいい meets love")
  func isolatedKanji() throws {
    let english = try ClaimFixture.claims(text: "Try love.", language: .english)
    let japanese = try ClaimFixture.claims(text: "それなら愛を試せばいい。", language: .japanese)
    #expect(english.first?.concepts.contains("love") == true)
    #expect(japanese.first?.concepts.contains("love") == true)
  }

  @Test("Only a Japanese word's strongest senses count, less function words: 彼 is not beloved")
  func strongestSenses() throws {
    let claims = try ClaimFixture.claims(text: "彼は何も喋らなかった。", language: .japanese)
    let concepts = try #require(claims.first).concepts
    // 彼's strongest senses are boyfriend and he; he is a function word.
    #expect(concepts.contains("boyfriend") && !concepts.contains("beloved"), "\(concepts)")
    #expect(concepts.contains("chat"), "\(concepts)")
  }

  @Test("A word's senses beyond the strongest two are weaker concepts")
  func weakerSenses() throws {
    let claims = try ClaimFixture.claims(
      text: "Le centre surveillait les tremblements.",
      language: .french
    )
    let claim = try #require(claims.first)
    // `surveiller`: advert and audit are its strongest senses, check is weaker.
    #expect(claim.concepts.contains("audit") && !claim.concepts.contains("check"))
    #expect(claim.weakerConcepts.contains("check"), "\(claim.weakerConcepts)")
    #expect(Set(claim.weakerConcepts).isDisjoint(with: claim.concepts))
    #expect(claim.weakerConcepts == claim.weakerConcepts.sorted())
    var options = ClaimExtractor.Options()
    options.maximumWeakerConceptsPerWord = 0
    let none = try ClaimFixture.claims(
      text: "Le centre surveillait les tremblements.",
      language: .french,
      extractor: ClaimExtractor(options: options)
    )
    // Only the Japanese words of direct pairs remain.
    #expect(
      none.first?.weakerConcepts.allSatisfy { $0.unicodeScalars.contains { $0.value >= 0x3000 } }
        == true
    )
    #expect(none.first?.concepts == claim.concepts)
  }

  @Test("French and Japanese words of a direct pair in fr-ja.tsv share its Japanese word")
  func directPairs() throws {
    let french = try #require(
      try ClaimFixture.claims(text: "Le centre surveillait les tremblements.", language: .french)
        .first
    )
    let japanese = try #require(
      try ClaimFixture.claims(text: "センターは揺れを監視していた。", language: .japanese).first
    )
    // `centre` and `センター` are a pair; `監視` has French partners, though not `surveiller`.
    #expect(french.weakerConcepts.contains("センター"), "\(french.weakerConcepts)")
    #expect(japanese.weakerConcepts.contains("センター") && japanese.weakerConcepts.contains("監視"))
    #expect(!french.weakerConcepts.contains("監視"))
    // English words have none.
    let english = try #require(
      try ClaimFixture.claims(text: "The centre monitored the tremors.", language: .english).first
    )
    #expect(!english.weakerConcepts.contains { $0.unicodeScalars.contains { $0.value >= 0x3000 } })
  }

  @Test("The Tohoku Wikinews article in French: time, magnitude, distance, toll")
  func tohokuFrench() throws {
    let claims = try ClaimFixture.claims(
      "examples/2011-03-11-tohoku-earthquake/fr-wikinews.txt",
      published: "2011-03-11"
    )
    let dates = claims.flatMap(\.dates)
    #expect(dates.contains { $0.value == "2011-03-11T15:00" })
    let quantities = claims.flatMap(\.quantities)
    #expect(quantities.contains { $0.value == "130" && $0.unit == "km" })
    #expect(quantities.contains { $0.value == "29" && $0.unit == "person" })
    #expect(quantities.contains { $0.value == "8.9" && $0.unit == "magnitude" })
    #expect(claims.flatMap(\.entities).contains { $0.canonical == "Japan" })
  }

  @Test("Bad dictionaries give an error naming the file and line")
  func badDictionaries() {
    struct Broken: DictionarySource {
      func contents(ofFile path: String) throws(TextProcessingError) -> String? {
        path == "names/gazetteer-curated.tsv"
          ? "Paris\tplace\ten\tParis\n" : try BundledDictionaries().contents(ofFile: path)
      }
      func displayName(ofFile path: String) -> String { "dictionaries/\(path)" }
    }
    #expect(
      throws: ArticleError.dictionaries(
        reason:
          "dictionaries/names/gazetteer-curated.tsv:1: expected 5 tab-separated fields, found 4"
      )
    ) {
      try ClaimExtractor(dictionaries: Broken())
    }
  }
}
