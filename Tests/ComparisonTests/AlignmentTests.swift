import Articles
import Comparison
import Foundation
import Lexicon
import Testing

typealias Line = StoryBuilder.Line

/// Pairs `(first article's sentence, second article's sentence)` of the facts between two
/// articles.
func alignedPairs(_ report: ComparisonReport, _ first: String, _ second: String) -> Set<[Int]> {
  var pairs = Set<[Int]>()
  for fact in report.facts {
    guard let one = fact.claims.first(where: { $0.article == first }),
      let two = fact.claims.first(where: { $0.article == second })
    else { continue }
    for left in one.sentences { for right in two.sentences { pairs.insert([left, right]) } }
  }
  return pairs
}

/// The raw score of sentence `one` of `first` against sentence `two` of `second`, if they are a
/// candidate pair.
func candidateScore(
  _ first: ArticleClaims,
  _ one: Int,
  _ second: ArticleClaims,
  _ two: Int
) throws -> Double? {
  try StoryComparer().candidatePairs([first, second]).first {
    $0.firstSentence == one && $0.secondSentence == two
  }?.score
}

@Suite("Alignment of claims")
struct AlignmentTests {
  static let treaty = Line(
    text: "France and Japan agreed to start talks on a reciprocal access agreement.",
    entities: [("France", .place), ("Japan", .place)],
    concepts: ["agree", "start", "talk", "reciprocal", "access", "agreement"]
  )
  static let meeting = Line(
    text: "Kishida and Macron met in Paris.",
    entities: [("Fumio Kishida", .person), ("Emmanuel Macron", .person), ("Paris", .place)],
    concepts: ["meet"]
  )
  static let indoPacific = Line(
    text: "They welcomed cooperation in the Indo-Pacific.",
    entities: [("Indo-Pacific", .place)],
    concepts: ["welcome", "cooperation", "region"]
  )

  @Test("a katakana name meets the Latin name another article of the story gives")
  func katakanaNameOfTheStory() throws {
    // NTREX: Japanese `グウィネス・パルトロウ` was only transliterated (`Guu Inesu Parutorou`).
    let english = StoryBuilder.article(
      "en",
      [
        Line(
          text: "Willoughby's brand was compared with Gwyneth Paltrow's.",
          entities: [("Gwyneth Paltrow", .person)],
          concepts: ["compare"]
        ),
        Line(text: "Her fortune is large.", concepts: ["fortune"]),
      ]
    )
    let japanese = StoryBuilder.article(
      "ja",
      .japanese,
      [
        Line(text: "資産は大きい。", concepts: ["assets"]),
        Line(
          text: "事業はグウィネス・パルトロウのブランドに例えられた。",
          concepts: ["liken"],
          unlinked: [("グウィネス・パルトロウ", .other)]
        ),
      ]
    )
    let report = try StoryComparer().compare([english, japanese])
    #expect(alignedPairs(report, "en", "ja") == [[0, 1]])
    let fact = try #require(report.facts.first)
    #expect(fact.evidence.anchors.contains { $0.kind == .entity && $0.value == "Gwyneth Paltrow" })
    // A katakana name that sounds like no Latin name of the story is left as it was.
    let other = StoryBuilder.article(
      "ja",
      .japanese,
      [Line(text: "ウィロウビーが発表した。", concepts: ["announce"], unlinked: [("ウィロウビー", .person)])]
    )
    let apart = try StoryComparer().compare([english, other])
    #expect(apart.facts.isEmpty)
  }

  @Test(
    "a katakana name the extractor could only transliterate meets the story's Latin name",
    arguments: [
      ("John Goldsmith", "ジョン・ゴールドスミス"),
      // Heard as English says it: `Oliver` is `オリバー`.
      ("Oliver Cromwell", "オリバー・クロムウェル"),
      // NTREX: the text runs a common word into the name (rapper Kanye West).
      ("Kanye West", "ラッパーカニエ・ウェスト"),
    ]
  )
  func transliteratedName(_ latin: String, _ katakana: String) throws {
    // NTREX: the extractor's own canonical form (`Jon Gorudosumisu`) sounds exactly like the
    // katakana, and it kept every Latin name of the story from replacing it.
    let reader = try ArticleReader()
    let extractor = try ClaimExtractor()
    func claims(_ text: String, _ name: String) throws -> ArticleClaims {
      let article = try #require(try reader.read(data: Array(text.utf8), name: name).first)
      return ArticleClaims(article: article, claims: try extractor.claims(in: article))
    }
    let french = try claims("\(latin) a parlé aux journalistes de la ville.\n", "fr.txt")
    let japanese = try claims("\(katakana)氏が市の記者に話した。\n", "ja.txt")
    let canonical = japanese.claims.first?.entities.first?.canonical
    #expect(canonical != nil && canonical != latin)
    let fact = try #require(try StoryComparer().compare([french, japanese]).facts.first)
    #expect(fact.evidence.anchors.contains { $0.kind == .entity && $0.value == latin })
  }

  @Test("a katakana name ENAMDICT spells as a Latin name of the story is that name")
  func spelledName() throws {
    // `ヒューズ` does not sound like `Hughes` to the sound matcher; ENAMDICT spells it so.
    let english = StoryBuilder.article(
      "en",
      [
        Line(
          text: "Howard Hughes bought the airline.",
          entities: [("Howard Hughes", .person)],
          concepts: ["buy"]
        ),
        Line(text: "The deal closed in May.", concepts: ["deal"]),
      ]
    )
    let japanese = StoryBuilder.article(
      "ja",
      .japanese,
      [
        Line(text: "取引は成立した。", concepts: ["deal"]),
        Line(text: "ヒューズ氏が航空会社を買った。", concepts: ["buy"], unlinked: [("ヒューズ", .person)]),
      ]
    )
    let heard = try #require(NameLinker.sound(ofKatakana: "ヒューズ"))
    let spelled = NameLinker.sounds(ofLatin: "Hughes")
    #expect(spelled.allSatisfy { (NameLinker.soundSimilarity(heard, $0) ?? 0) < 0.8 })
    let report = try StoryComparer().compare([english, japanese])
    #expect(alignedPairs(report, "en", "ja").contains([0, 1]))
    let fact = try #require(report.facts.first { $0.claims.contains { $0.sentences == [1] } })
    #expect(fact.evidence.anchors.contains { $0.kind == .entity && $0.value == "Howard Hughes" })
  }

  @Test("a katakana speaker no entity names is heard against the story's Latin speakers")
  func katakanaSpeaker() throws {
    func quote(_ text: String, _ speaker: String, _ canonical: String) -> QuoteMention {
      QuoteMention(text: text, speaker: speaker, speakerCanonical: canonical, utf8Range: 0..<0)
    }
    let english = StoryBuilder.article(
      "en",
      [
        Line(
          text: "\"He collapsed there,\" Reed said.",
          quotes: [quote("He collapsed there", "Reed", "Reed")],
          concepts: ["collapse", "say"]
        )
      ]
    )
    let japanese = StoryBuilder.article(
      "ja",
      .japanese,
      [
        Line(
          text: "「そこで倒れました」とリード氏は話す。",
          quotes: [quote("そこで倒れました", "リード氏", "Rido")],
          concepts: ["fall", "chat"]
        )
      ]
    )
    let report = try StoryComparer().compare([english, japanese])
    #expect(alignedPairs(report, "en", "ja") == [[0, 0]])
    let anchors = try #require(report.facts.first).evidence.anchors
    #expect(anchors.contains { $0.kind == .speaker && $0.value == "Reed" })
    #expect(report.divergences.isEmpty)
  }

  @Test("a lone katakana word that sounds like a name of the story is that name")
  func heardName() throws {
    // NTREX: `エバンス` was no name mention (no title follows it) and `Evans` is in the table
    // of no one.
    let english = StoryBuilder.article(
      "en",
      [
        Line(text: "The storm is getting worse.", concepts: ["storm"]),
        Line(
          text: "Nick Evans said it sure is popping now.",
          entities: [("Nick Evans", .person)],
          concepts: ["pop"]
        ),
      ]
    )
    let japanese = StoryBuilder.article(
      "ja",
      .japanese,
      [
        Line(text: "エバンスは本当だと言った。", concepts: ["truth"]),
        Line(text: "スルーパスが決まった。", concepts: ["pass"]),
      ]
    )
    let report = try StoryComparer().compare([english, japanese])
    #expect(alignedPairs(report, "en", "ja") == [[1, 0]])
    let anchors = try #require(report.facts.first).evidence.anchors
    #expect(anchors.contains { $0.kind == .entity && $0.value == "Nick Evans" })
  }

  @Test("a concept's words meet a translation that names the thing less precisely")
  func conceptWords() throws {
    let french = StoryBuilder.article(
      "fr",
      .french,
      [
        Line(
          text: "Il souffrait de blessures sur le haut du torse.",
          concepts: ["upper body", "wound"]
        )
      ]
    )
    let japanese = StoryBuilder.article(
      "ja",
      .japanese,
      [Line(text: "胴体に外傷が残る。", concepts: ["body", "wound"])]
    )
    let report = try StoryComparer().compare([french, japanese])
    #expect(alignedPairs(report, "fr", "ja") == [[0, 0]])
    let anchors = try #require(report.facts.first).evidence.anchors
    #expect(anchors.contains { $0.kind == .conceptWord && $0.value == "body" })
    #expect(!anchors.contains { $0.value == "upper" })
  }

  @Test("the words of a name no table knows meet the concepts of its translation")
  func wordsOfUnknownNames() throws {
    let french = StoryBuilder.article(
      "fr",
      .french,
      [
        Line(
          text: "Le National Trust surveille les chauves-souris depuis l'ONB.",
          concepts: ["monitor", "bat"],
          unlinked: [("National Trust", .other), ("ONB", .other)]
        )
      ]
    )
    let japanese = StoryBuilder.article(
      "ja",
      .japanese,
      [Line(text: "ナショナルトラスト、コウモリの謎に迫る", concepts: ["national", "trust", "bat", "onb"])]
    )
    let report = try StoryComparer().compare([french, japanese])
    #expect(alignedPairs(report, "fr", "ja") == [[0, 0]])
    let anchors = try #require(report.facts.first).evidence.anchors
    #expect(anchors.contains { $0.kind == .conceptWord && $0.value == "trust" })
    // An acronym is no word.
    #expect(!anchors.contains { $0.value == "onb" })
  }

  @Test("a weaker sense counts when another article has it, and adds nothing otherwise")
  func weakerSenses() throws {
    let english = StoryBuilder.article(
      "en",
      [Line("The centre monitored the tremors.", concepts: ["centre", "monitor", "tremor"])]
    )
    func french(_ weaker: [String]) -> ArticleClaims {
      StoryBuilder.article(
        "fr",
        .french,
        [
          Line(
            text: "Le centre surveillait les tremblements.",
            concepts: ["advert", "audit", "shaking"],
            weakerConcepts: weaker
          )
        ]
      )
    }
    // Without weaker senses the two share nothing.
    #expect(try StoryComparer().compare([english, french([])]).facts.isEmpty)
    let report = try StoryComparer().compare([english, french(["monitor", "tremor"])])
    #expect(alignedPairs(report, "en", "fr") == [[0, 0]])
    let anchors = try #require(report.facts.first).evidence.anchors
    #expect(anchors.contains { $0.kind == .concept && $0.value == "monitor" })
    // Senses no other article has are left out: the score does not change.
    func score(_ weaker: [String]) throws -> Double? {
      try StoryComparer().candidatePairs([english, french(weaker)]).first?.score
    }
    let attested = try #require(try score(["monitor", "tremor"]))
    let withUnattested = try #require(
      try score(["monitor", "tremor", "check", "kernel", "unrest", "trembling"])
    )
    #expect(withUnattested == attested)
  }

  @Test("a French and a Japanese claim meet through the Japanese word of a direct pair")
  func directPairAnchors() throws {
    let french = StoryBuilder.article(
      "fr",
      .french,
      [
        Line(
          text: "Le centre surveillait les tremblements.",
          concepts: ["advert", "audit", "shaking"],
          weakerConcepts: ["センター", "中心"]
        )
      ]
    )
    let japanese = StoryBuilder.article(
      "ja",
      .japanese,
      [
        Line(
          text: "センターは揺れを監視していた。",
          concepts: ["monitoring", "tremor"],
          weakerConcepts: ["センター", "監視"]
        )
      ]
    )
    let report = try StoryComparer().compare([french, japanese])
    #expect(alignedPairs(report, "fr", "ja") == [[0, 0]])
    let anchors = try #require(report.facts.first).evidence.anchors
    #expect(anchors.contains { $0.kind == .concept && $0.value == "センター" })
    // No concept words of it.
    #expect(!anchors.contains { $0.kind == .conceptWord })
  }

  @Test("concept words of one stem meet, shown as the story's first word of the stem")
  func conceptWordStems() throws {
    let french = StoryBuilder.article(
      "fr",
      .french,
      [Line(text: "Le site historique a rouvert.", concepts: ["historical site", "reopen"])]
    )
    let japanese = StoryBuilder.article(
      "ja",
      .japanese,
      [Line(text: "歴史の名所が再開された。", concepts: ["history", "reopen"])]
    )
    let report = try StoryComparer().compare([french, japanese])
    #expect(alignedPairs(report, "fr", "ja") == [[0, 0]])
    let anchors = try #require(report.facts.first).evidence.anchors
    #expect(anchors.contains { $0.kind == .conceptWord && $0.value == "historical" })
    #expect(!anchors.contains { $0.value == "hist" || $0.value == "history" })
  }

  @Test("a stop word of two concepts is no shared word")
  func stopWordsAreNoConceptWords() throws {
    let french = StoryBuilder.article(
      "fr",
      .french,
      [Line(text: "Il l'a fait remarquer.", concepts: ["point out"])]
    )
    let japanese = StoryBuilder.article(
      "ja",
      .japanese,
      [Line(text: "機械は故障していた。", concepts: ["out of order"])]
    )
    let report = try StoryComparer().compare([french, japanese])
    #expect(report.facts.isEmpty)
    // The same claims with a content word in common do meet through it.
    let english = StoryBuilder.article(
      "en",
      [Line(text: "He pointed to the machine.", concepts: ["point at", "machine"])]
    )
    let shared = try StoryComparer().compare([french, english])
    #expect(alignedPairs(shared, "fr", "en") == [[0, 0]])
  }

  @Test("a weak pair far from the two articles' usual length ratio does not align")
  func weakPairLength() throws {
    // Four strong pairs of about equal length, then one claim on each side sharing a single
    // concept: a short sentence against one ten times its length.
    var first = (0..<4).map { index in
      Line(
        text: "Official \(index) of the ministry visited Brussels on Monday.",
        entities: [("Official \(index)", .person), ("Brussels", .place)],
        concepts: ["visit", "ministry"]
      )
    }
    var second = (0..<4).map { index in
      Line(
        text: "Official \(index) from the ministry went to Brussels on Monday.",
        entities: [("Official \(index)", .person), ("Brussels", .place)],
        concepts: ["visit", "ministry"]
      )
    }
    first.append(
      Line(text: "Shop prices rose.", concepts: ["price", "rise", "shop", "customer", "market"])
    )
    second.insert(
      Line(
        text: String(
          repeating: "The harvest was late this year and the farmers worried. ",
          count: 3
        )
          + "Prices of seed went up.",
        concepts: ["price", "harvest", "late", "farmer", "worry", "seed", "year", "go up"]
      ),
      at: 0
    )
    let one = StoryBuilder.article("a", first)
    let two = StoryBuilder.article("b", second)
    var options = StoryComparer.Options()
    options.weakPairLengthTolerance = 0
    let unchecked = try StoryComparer(options: options).compare([one, two])
    #expect(alignedPairs(unchecked, "a", "b").contains([4, 0]))
    let checked = try StoryComparer().compare([one, two])
    #expect(!alignedPairs(checked, "a", "b").contains([4, 0]))
    #expect(alignedPairs(checked, "a", "b") == [[0, 1], [1, 2], [2, 3], [3, 4]])
  }

  @Test("a count meets the same amount without its unit; a measure does not")
  func countAmounts() throws {
    let english = StoryBuilder.article(
      "en",
      [
        Line(
          text: "The earthquakes were felt by 2.4 million people.",
          quantities: [StoryBuilder.quantity("2.4 million people", "2400000", "person")]
        ),
        Line(
          text: "The wave was 10 meters high.",
          quantities: [StoryBuilder.quantity("10 meters", "10", "m")]
        ),
      ]
    )
    let french = StoryBuilder.article(
      "fr",
      .french,
      [
        Line(
          text: "Dix minutes plus tard, la vague arriva.",
          quantities: [StoryBuilder.quantity("Dix minutes", "10", "minute")]
        ),
        Line(
          text: "Les secousses ont été ressenties par 2,4 millions de personnes.",
          quantities: [StoryBuilder.quantity("2,4 millions", "2400000", nil)]
        ),
      ]
    )
    let report = try StoryComparer().compare([english, french])
    #expect(alignedPairs(report, "en", "fr") == [[0, 1]])
  }

  @Test("claims told in a different order still align")
  func crossingOrder() throws {
    let first = StoryBuilder.article("a", [Self.treaty, Self.meeting, Self.indoPacific])
    let second = StoryBuilder.article("b", .french, [Self.indoPacific, Self.treaty, Self.meeting])
    let report = try StoryComparer().compare([first, second])
    #expect(alignedPairs(report, "a", "b") == [[0, 1], [1, 2], [2, 0]])
    #expect(report.unmatched.isEmpty)
  }

  @Test("a long sentence matches two short ones (many-to-one)")
  func manyToOne() throws {
    let long = Line(
      text: "Kishida and Macron met in Paris and agreed to start talks on an access agreement.",
      entities: [("Fumio Kishida", .person), ("Emmanuel Macron", .person), ("Paris", .place)],
      concepts: ["meet", "agree", "start", "talk", "access", "agreement"]
    )
    let first = StoryBuilder.article("ja", .japanese, [long] + StoryBuilder.filler(2, tag: "ja"))
    let second = StoryBuilder.article(
      "en",
      [
        Line(
          text: "Kishida and Macron met in Paris.",
          entities: [("Fumio Kishida", .person), ("Emmanuel Macron", .person), ("Paris", .place)],
          concepts: ["meet"]
        ),
        Line(
          "They agreed to start talks on an access agreement.",
          concepts: [
            "agree", "start", "talk", "access", "agreement",
          ]
        ),
      ]
    )
    let report = try StoryComparer().compare([first, second])
    let fact = try #require(report.facts.first { $0.claims.contains { $0.article == "ja" } })
    #expect(fact.claims.first { $0.article == "en" }?.sentences == [0, 1])
    #expect(report.unmatched.filter { $0.article == "en" }.isEmpty)
  }

  @Test("a claim with nothing in common stays unmatched")
  func unmatched() throws {
    let lecornu = Line(
      text: "Defense Minister Lecornu said Paris hoped to agree an RAA.",
      entities: [("Sebastien Lecornu", .person)],
      concepts: ["defense", "minister", "hope"]
    )
    let first = StoryBuilder.article("a", [Self.treaty, lecornu])
    let second = StoryBuilder.article("b", [Self.treaty, Self.indoPacific])
    let report = try StoryComparer().compare([first, second])
    #expect(report.facts.count == 1)
    #expect(
      Set(report.unmatched.map { "\($0.article)\($0.sentences)" }) == ["a[1]", "b[1]"]
    )
  }

  @Test("three articles telling one claim make one fact")
  func threeArticleFact() throws {
    let articles = ["a", "b", "c"].map {
      StoryBuilder.article($0, [Self.treaty, Self.meeting] + StoryBuilder.filler(2, tag: $0))
    }
    let report = try StoryComparer().compare(articles)
    let treaty = try #require(report.facts.first)
    #expect(treaty.claims.map(\.article) == ["a", "b", "c"])
    #expect(report.facts.allSatisfy { $0.claims.count == 3 })
  }

  @Test("weak links do not chain unrelated claims into one fact")
  func noChaining() throws {
    let left = Line(
      "Talks on the access agreement start.",
      concepts: ["talk", "access", "agreement", "start"]
    )
    let bridge = Line(
      "Talks on the access agreement start as the fleet sails to the Pacific.",
      concepts: ["talk", "access", "agreement", "start", "fleet", "sail", "ocean", "navy"]
    )
    let right = Line(
      "The fleet sails to the Pacific.",
      concepts: ["fleet", "sail", "ocean", "navy"]
    )
    let report = try StoryComparer().compare([
      StoryBuilder.article("a", [left]), StoryBuilder.article("b", [bridge]),
      StoryBuilder.article("c", [right]),
    ])
    #expect(report.facts.allSatisfy { $0.claims.count == 2 })
    #expect(report.facts.count == 1)
    #expect(report.unmatched.count == 1)
  }

  @Test("a weak pair aligns on its own when nothing competes, in any order")
  func weakPairWithoutOrder() throws {
    let weak = Line(
      "Rescuers reached the village after the storm.",
      concepts: ["rescuer", "reach", "village", "storm", "road", "mud", "night", "boat"]
    )
    let weakTranslation = Line(
      "Les secours ont atteint le village.",
      concepts: ["village", "aid", "help", "arrive", "team", "hamlet", "finally", "rescue"]
    )
    let first = StoryBuilder.article("a", [Self.treaty, weak, Self.meeting])
    // No neighbours line up, so the pair gets no order bonus.
    let second = StoryBuilder.article("b", .french, [weakTranslation, Self.treaty, Self.meeting])
    let options = StoryComparer.Options()
    let score = try #require(try candidateScore(first, 1, second, 0))
    #expect(score >= options.minimumScore && score < options.linkScore)
    let report = try StoryComparer().compare([first, second])
    #expect(alignedPairs(report, "a", "b") == [[0, 1], [1, 0], [2, 2]])
  }

  @Test("a weak pair whose neighbours align one claim apart (an inserted claim between) aligns")
  func weakPairNextToInsertions() throws {
    let weak = Line(
      "Rescuers reached the village after the storm.",
      concepts: [
        "rescuer", "reach", "village", "storm", "road", "mud", "night", "boat", "rain", "bridge",
        "river", "flood", "roof", "field", "dawn", "wind",
      ]
    )
    let weakTranslation = Line(
      "Les secours ont atteint le village.",
      concepts: [
        "village", "aid", "help", "arrive", "team", "hamlet", "finally", "rescue", "crew",
        "valley", "doctor", "tent", "water", "food", "truck", "radio",
      ]
    )
    let inserted = [
      Line("Les marchés ont clôturé en hausse.", concepts: ["market", "close", "rise"]),
      Line("Le musée rouvre samedi.", concepts: ["museum", "reopen", "weekend"]),
    ]
    let first = StoryBuilder.article("a", [Self.treaty, weak, Self.meeting])
    let second = StoryBuilder.article(
      "b",
      .french,
      [Self.treaty, inserted[0], weakTranslation, inserted[1], Self.meeting]
    )
    let options = StoryComparer.Options()
    let score = try #require(try candidateScore(first, 1, second, 2))
    // Too weak alone, strong enough for the order bonus to count.
    #expect(score >= 0.6 * options.minimumScore && score < options.minimumScore, "\(score)")
    let report = try StoryComparer().compare([first, second])
    #expect(alignedPairs(report, "a", "b") == [[0, 0], [1, 2], [2, 4]])
    // Elsewhere, with no neighbours lined up, the pair is too weak to align.
    let moved = StoryBuilder.article(
      "b",
      .french,
      [weakTranslation, inserted[0], Self.treaty, inserted[1], Self.meeting]
    )
    let apart = try StoryComparer().compare([first, moved])
    #expect(alignedPairs(apart, "a", "b") == [[0, 2], [2, 4]])
  }

  @Test(
    "a claim left alone between aligned neighbours joins its counterpart if they share anything"
  )
  func gapBetweenAlignedNeighbours() throws {
    let loose = Line(
      "Rescuers came back at night, tired and soaked, to a camp short of food.",
      concepts: [
        "rescuer", "night", "return", "tired", "soak", "camp", "short", "food", "wet", "cold",
        "mud", "boot", "rope", "lamp", "radio", "truck",
      ]
    )
    let looseTranslation = Line(
      "Les équipes sont rentrées épuisées, tard, dans un campement sans vivres.",
      concepts: [
        "team", "night", "go home", "exhausted", "late", "finally", "crew", "base", "supply",
        "lack", "tent", "meal", "shelter", "vehicle", "signal", "weather",
      ]
    )
    let first = StoryBuilder.article("a", [Self.treaty, loose, Self.meeting])
    let second = StoryBuilder.article("b", .french, [Self.treaty, looseTranslation, Self.meeting])
    let options = StoryComparer.Options()
    let score = try #require(try candidateScore(first, 1, second, 1))
    // Too weak for the order bonus to count (it needs 60% of `minimumScore`).
    #expect(score > 0 && score < 0.6 * options.minimumScore, "\(score)")
    let report = try StoryComparer().compare([first, second])
    #expect(alignedPairs(report, "a", "b") == [[0, 0], [1, 1], [2, 2]])
    // Without a shared anchor the gap stays open.
    let unrelated = Line(
      "Les marchés ont clôturé en hausse.",
      concepts: ["market", "close", "rise"]
    )
    let other = StoryBuilder.article("b", .french, [Self.treaty, unrelated, Self.meeting])
    let apart = try StoryComparer().compare([first, other])
    #expect(alignedPairs(apart, "a", "b") == [[0, 0], [2, 2]])
  }

  @Test("between long close retellings, a gap of comparable length aligns on order alone")
  func gapByOrderAndLength() throws {
    let filler = StoryBuilder.filler(8, tag: "x")
    let original = Line(
      "The parish council wrote to the diocese in July about the costs.",
      concepts: ["parish", "council", "write", "cost"]
    )
    let reworded = Line(
      "Le conseil paroissial a fait part de ses craintes à l'évêché.",
      concepts: ["fear", "bishopric", "share", "worry"]
    )
    let unrelatedShort = Line("Il pleuvait.", concepts: ["rain", "weather"])
    func article(_ id: String, _ middle: Line) -> ArticleClaims {
      StoryBuilder.article(id, .french, Array(filler[..<4]) + [middle] + Array(filler[4...]))
    }
    let first = StoryBuilder.article(
      "a",
      Array(filler[..<4]) + [original] + Array(filler[4...])
    )
    let report = try StoryComparer().compare([first, article("b", reworded)])
    #expect(alignedPairs(report, "a", "b").contains([4, 4]))
    // Nothing shared and a length far from the other pairs': the gap stays open.
    let apart = try StoryComparer().compare([first, article("b", unrelatedShort)])
    #expect(!alignedPairs(apart, "a", "b").contains([4, 4]))
    #expect(alignedPairs(apart, "a", "b").count == 8)
  }

  @Test("between long close retellings, a run of claims that name nothing aligns on order")
  func runOfUnanchoredClaims() throws {
    let filler = StoryBuilder.filler(8, tag: "x")
    let originals = [
      Line(
        "The parish council wrote to the diocese in the summer.",
        concepts: ["parish", "council", "write"]
      ),
      Line("It feared the costs would keep on rising for years.", concepts: ["cost", "rise"]),
    ]
    let rewordings = [
      Line(
        "Le conseil paroissial a fait part de ses craintes.",
        concepts: ["fear", "bishopric", "share"]
      ),
      Line("Les dépenses risquaient d'augmenter encore longtemps.", concepts: ["expense", "grow"]),
    ]
    func pairs(_ first: [Line], _ second: [Line], atEnd: Bool = false) throws -> Set<[Int]> {
      func lines(_ run: [Line]) -> [Line] {
        atEnd ? filler + run : Array(filler[..<4]) + run + Array(filler[4...])
      }
      let report = try StoryComparer().compare([
        StoryBuilder.article("a", lines(first)),
        StoryBuilder.article("b", .french, lines(second)),
      ])
      return alignedPairs(report, "a", "b")
    }
    // Each claim of the run has one aligned neighbour pair, and the run ends at aligned claims.
    let aligned = try pairs(originals, rewordings)
    #expect(aligned.contains([4, 4]) && aligned.contains([5, 5]))
    #expect(aligned.count == 10)
    // A claim that names something its counterpart does not is no translation of it.
    var named = rewordings
    named[0].entities = [("Lyon", .place)]
    #expect(!(try pairs(originals, named)).contains([4, 4]))
    // At the text's end nothing bounds the run: an added ending is as likely.
    let atEnd = try pairs(originals, rewordings, atEnd: true)
    #expect(!atEnd.contains([8, 8]) && !atEnd.contains([9, 9]))
    #expect(atEnd.count == 8)
  }

  @Test("order is a bonus: neighbours of aligned claims are preferred between equal candidates")
  func orderBonus() throws {
    let twin = Line("Officials met again.", concepts: ["official", "meet", "again"])
    let first = StoryBuilder.article("a", [Self.treaty, twin, Self.indoPacific, twin])
    let second = StoryBuilder.article("b", [Self.treaty, twin, Self.indoPacific, twin])
    let report = try StoryComparer().compare([first, second])
    #expect(alignedPairs(report, "a", "b") == [[0, 0], [1, 1], [2, 2], [3, 3]])
    let bonus = report.facts.compactMap { $0.evidence.contributions["order"] }
    #expect(!bonus.isEmpty)
  }
}
