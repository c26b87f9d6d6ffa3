import Articles
import Comparison
import Testing
import TextCore

/// One divergence case: two versions of a sentence and the kind expected between them.
struct DivergenceCase: CustomTestStringConvertible, Sendable {
  var name: String
  var first: Line
  var second: Line
  var kind: ComparisonReport.DivergenceKind?
  var normalized: [String]
  var secondLanguage = Language.french
  var testDescription: String { name }
}

extension Line: @unchecked Sendable {}

private let bridge = ["bridge", "long", "build", "river"]

private func bridgeLine(_ text: String, _ quantity: QuantityMention) -> Line {
  Line(
    text: text,
    entities: [("Seine", .place)],
    quantities: [quantity],
    concepts: bridge
  )
}

private func visitLine(_ text: String, _ date: DateMention) -> Line {
  Line(
    text: text,
    entities: [("Fumio Kishida", .person), ("Paris", .place)],
    dates: [date],
    concepts: ["visit", "meet", "lunch"]
  )
}

private func quoteLine(_ text: String, _ quote: QuoteMention) -> Line {
  Line(
    text: text,
    entities: [("Japan", .place), ("France", .place)],
    quotes: [quote],
    concepts: ["agree", "start", "negotiation", "say"]
  )
}

/// The English line that the same-speaker cases compare with other renderings of Vann.
private let vannSaysNegotiations = quoteLine(
  "\"They agreed to start negotiations,\" Michael Vann said.",
  StoryBuilder.quote(
    "They agreed to start negotiations",
    speaker: "Michael Vann",
    canonical: "Michael Vann"
  )
)

private let pact = ["sign", "access", "agreement", "already"]

private let diabetes = ["diabetes", "cure", "expert", "skeptical", "finding", "relevance"]

private func diabetesLine(_ text: String, _ number: String) -> Line {
  Line(
    text: text,
    quantities: [StoryBuilder.quantity(number, number, nil)],
    concepts: diabetes
  )
}

/// A range of people on the Japanese side (FLORES writes `7～8人`).
private let sevenOrEightExperts = Line(
  text: "7～8人の専門家は糖尿病が治るとは考えていない。",
  quantities: [
    QuantityMention(
      text: "7～8人",
      value: "7",
      upperValue: "8",
      unit: "person",
      qualifier: nil,
      utf8Range: 0..<0
    )
  ],
  concepts: diabetes
)

private let withdrawal = ["announce", "troop", "leave", "statement", "press", "secretary"]

let divergenceCases: [DivergenceCase] = [
  DivergenceCase(
    name: "number: 96 m vs 93 m",
    first: bridgeLine(
      "The bridge over the Seine is 96 m long.",
      StoryBuilder.quantity("96 m", "96", "m")
    ),
    second: bridgeLine(
      "Le pont sur la Seine mesure 93 m.",
      StoryBuilder.quantity("93 m", "93", "m")
    ),
    kind: .number,
    normalized: ["96 m", "93 m"]
  ),
  DivergenceCase(
    name: "date: 2 May vs 4 May",
    first: visitLine("Kishida visited Paris on May 2.", StoryBuilder.date("May 2", "2024-05-02")),
    second: visitLine("岸田総理は4日にパリを訪問した。", StoryBuilder.date("4日", "2024-05-04", relative: true)),
    kind: .date,
    normalized: ["2024-05-02", "2024-05-04"]
  ),
  DivergenceCase(
    name: "entity: Australia vs United Kingdom in the same slot",
    first: Line(
      text: "Japan has already signed an access agreement with Australia.",
      entities: [("Japan", .place), ("Australia", .place)],
      concepts: pact
    ),
    second: Line(
      text: "Japan has already signed an access agreement with Britain.",
      entities: [("Japan", .place), ("United Kingdom", .place)],
      concepts: pact
    ),
    kind: .entity,
    normalized: ["Australia", "United Kingdom"]
  ),
  DivergenceCase(
    name: "number: the one bare number of two strongly aligned claims",
    first: diabetesLine("Experts doubt that type 2 diabetes can be cured.", "2"),
    second: diabetesLine("Les experts doutent qu'on guérisse le diabète de type 4.", "4"),
    kind: .number,
    normalized: ["2", "4"]
  ),
  DivergenceCase(
    name: "number: a count spelled out against a counter (two experts, 5人)",
    first: diabetesLine("Two experts doubt that diabetes can be cured.", "2"),
    second: Line(
      text: "5人の専門家は糖尿病が治るとは考えていない。",
      quantities: [StoryBuilder.quantity("5人", "5", "person")],
      concepts: diabetes
    ),
    kind: .number,
    normalized: ["2", "5 person"],
    secondLanguage: .japanese
  ),
  DivergenceCase(
    // FLORES: `7～8人` against `eight people`, `1～3頭` against `one to three`.
    name: "same: a range that holds the other side's value (7～8人, eight people)",
    first: Line(
      text: "Eight people doubt that diabetes can be cured.",
      quantities: [StoryBuilder.quantity("eight people", "8", "person")],
      concepts: diabetes
    ),
    second: sevenOrEightExperts,
    kind: nil,
    normalized: [],
    secondLanguage: .japanese
  ),
  DivergenceCase(
    name: "number: a value outside the other side's range (7～8人, twelve people)",
    first: Line(
      text: "Twelve people doubt that diabetes can be cured.",
      quantities: [StoryBuilder.quantity("twelve people", "12", "person")],
      concepts: diabetes
    ),
    second: sevenOrEightExperts,
    kind: .number,
    normalized: ["12 person", "7-8 person"],
    secondLanguage: .japanese
  ),
  DivergenceCase(
    name: "same: a bare number against a measure is most often a conversion",
    first: bridgeLine(
      "The bridge over the Seine is 300 feet long.",
      StoryBuilder.quantity("300", "300", nil)
    ),
    second: bridgeLine(
      "Le pont sur la Seine mesure 91 m.",
      StoryBuilder.quantity("91 m", "91", "m")
    ),
    kind: nil,
    normalized: []
  ),
  DivergenceCase(
    name: "same: a bare 1 is as often `one of` as a count",
    first: diabetesLine("Experts doubt that 1 in 3 cases of diabetes can be cured.", "1"),
    second: diabetesLine("Les experts doutent qu'on guérisse le diabète de 4 patients.", "4"),
    kind: nil,
    normalized: []
  ),
  DivergenceCase(
    name: "number: of three values, the one of the same size (20 against 3 and 26)",
    first: diabetesLine("Experts from 20 countries doubt that diabetes can be cured.", "20"),
    second: Line(
      text: "Des experts de 26 pays doutent, en 3 points, qu'on guérisse le diabète.",
      quantities: [
        StoryBuilder.quantity("26", "26", nil), StoryBuilder.quantity("3", "3", nil),
      ],
      concepts: diabetes
    ),
    kind: .number,
    normalized: ["20", "26"]
  ),
  DivergenceCase(
    name: "same: an hour in 12- and 24-hour form is not a bare-number divergence",
    first: diabetesLine("Experts said at 3 p.m. that diabetes cannot be cured.", "3"),
    second: diabetesLine("Les experts ont dit à 15 h que le diabète ne se guérit pas.", "15"),
    kind: nil,
    normalized: []
  ),
  DivergenceCase(
    name: "number: hours that differ in 12- and 24-hour form alike (10 a.m., 13 h)",
    first: diabetesLine("Experts said at 10 a.m. that diabetes cannot be cured.", "10"),
    second: diabetesLine("Les experts ont dit à 13 h que le diabète ne se guérit pas.", "13"),
    kind: .number,
    normalized: ["10", "13"]
  ),
  DivergenceCase(
    name: "same: a spelled-out bare number is not compared",
    first: diabetesLine("One expert doubts that diabetes can be cured.", "One"),
    second: diabetesLine("Les 4 experts doutent qu'on guérisse le diabète.", "4"),
    kind: nil,
    normalized: []
  ),
  DivergenceCase(
    name: "entity: one person swapped for another, no other name shared",
    first: Line(
      text: "President Trump announced that the troops would leave.",
      entities: [("Donald Trump", .person)],
      concepts: withdrawal
    ),
    second: Line(
      text: "La présidente Borne a annoncé le départ des troupes.",
      entities: [("Élisabeth Borne", .person)],
      concepts: withdrawal
    ),
    kind: .entity,
    normalized: ["Donald Trump", "Élisabeth Borne"]
  ),
  DivergenceCase(
    name: "same: a name kept as written may be the other's name spelled differently",
    first: Line(
      text: "President Trump announced that the troops would leave.",
      entities: [("Donald Trump", .person)],
      concepts: withdrawal
    ),
    second: Line(
      text: "ドナルド・トランプ大統領は撤退を発表した。",
      concepts: withdrawal,
      unlinked: [("Donarudo Toranpu", .person)]
    ),
    kind: nil,
    normalized: [],
    secondLanguage: .japanese
  ),
  DivergenceCase(
    name: "entity: a person with a title the lexicon does not know against a known person",
    first: Line(
      text: "Mrs. Kirchner announced that the troops would leave.",
      concepts: withdrawal,
      unlinked: [("Kirchner", .person)]
    ),
    second: Line(
      text: "Mme Olaf Scholz a annoncé le départ des troupes.",
      entities: [("Olaf Scholz", .person)],
      concepts: withdrawal
    ),
    kind: .entity,
    normalized: ["Kirchner", "Olaf Scholz"]
  ),
  DivergenceCase(
    name: "same: a surname the lexicon does not know that may be the other's name",
    first: Line(
      text: "Mrs. Kirchner announced that the troops would leave.",
      concepts: withdrawal,
      unlinked: [("Kirchner", .person)]
    ),
    second: Line(
      text: "Cristina Fernández de Kirchner a annoncé le départ des troupes.",
      entities: [("Cristina Fernández de Kirchner", .person)],
      concepts: withdrawal
    ),
    kind: nil,
    normalized: []
  ),
  DivergenceCase(
    name: "entity: a repeated name whose other mention was swapped",
    first: Line(
      text: "Australia said the troops would leave, the statement from Australia announced.",
      entities: [("Australia", .place), ("Australia", .place)],
      concepts: withdrawal
    ),
    second: Line(
      text: "Bruxelles a dit que les troupes partiraient, a annoncé le communiqué de l'Australie.",
      entities: [("Brussels", .place), ("Australia", .place)],
      concepts: withdrawal
    ),
    kind: .entity,
    normalized: ["Australia", "Brussels"]
  ),
  DivergenceCase(
    name: "same: a capital stands for its country (Washington, United States)",
    first: Line(
      text: "The United States announced that the troops would leave.",
      entities: [("United States", .place)],
      concepts: withdrawal
    ),
    second: Line(
      text: "Washington a annoncé le départ des troupes.",
      entities: [("Washington", .place)],
      concepts: withdrawal
    ),
    kind: nil,
    normalized: []
  ),
  DivergenceCase(
    name: "same: a body and its acronym's parent (UN General Assembly, United Nations)",
    first: Line(
      text: "The UN General Assembly announced that the troops would leave.",
      entities: [("UN General Assembly", .organisation)],
      concepts: withdrawal
    ),
    second: Line(
      text: "国連は部隊の撤退を発表した。",
      entities: [("United Nations", .organisation)],
      concepts: withdrawal
    ),
    kind: nil,
    normalized: [],
    secondLanguage: .japanese
  ),
  DivergenceCase(
    name: "same: a more specific name of the same place (Europe, Western Europe)",
    first: Line(
      text: "The troops would leave Europe, the statement announced.",
      entities: [("Europe", .place)],
      concepts: withdrawal
    ),
    second: Line(
      text: "Les troupes quitteraient l'Europe de l'Ouest, a annoncé le communiqué.",
      entities: [("Western Europe", .place)],
      concepts: withdrawal
    ),
    kind: nil,
    normalized: []
  ),
  DivergenceCase(
    name: "attribution: the same words from different speakers",
    first: quoteLine(
      "\"They agreed to start negotiations,\" Macron said.",
      StoryBuilder.quote(
        "They agreed to start negotiations",
        speaker: "Macron",
        canonical: "Emmanuel Macron"
      )
    ),
    second: quoteLine(
      "« Ils ont convenu d'ouvrir des négociations », a dit Kishida.",
      StoryBuilder.quote(
        "Ils ont convenu d'ouvrir des négociations",
        speaker: "Kishida",
        canonical: "Fumio Kishida"
      )
    ),
    kind: .attribution,
    normalized: ["Emmanuel Macron", "Fumio Kishida"]
  ),
  DivergenceCase(
    name: "same: a surname and the full name of one speaker",
    first: vannSaysNegotiations,
    second: quoteLine(
      "« Ils ont convenu d'ouvrir des négociations », a dit Vann.",
      StoryBuilder.quote(
        "Ils ont convenu d'ouvrir des négociations",
        speaker: "Vann",
        canonical: "Vann"
      )
    ),
    kind: nil,
    normalized: []
  ),
  DivergenceCase(
    name: "same: a katakana speaker the lexicon only transliterated",
    first: vannSaysNegotiations,
    second: quoteLine(
      "マイケル・ヴァン氏は「交渉開始で合意した」と述べた。",
      StoryBuilder.quote(
        "交渉開始で合意した",
        speaker: "マイケル・ヴァン氏",
        canonical: "Maikeru Vu An"
      )
    ),
    kind: nil,
    normalized: [],
    secondLanguage: .japanese
  ),
  DivergenceCase(
    name: "quote: the same quote worded differently",
    first: quoteLine(
      "\"They agreed to start negotiations soon,\" an official said.",
      StoryBuilder.quote(
        "They agreed to start negotiations soon",
        speaker: "an official",
        canonical: nil
      )
    ),
    second: quoteLine(
      "\"They agreed to consider negotiations,\" an official said.",
      StoryBuilder.quote(
        "They agreed to consider negotiations",
        speaker: "an official",
        canonical: nil
      )
    ),
    kind: .quote,
    normalized: ["They agreed to start negotiations soon", "They agreed to consider negotiations"],
    secondLanguage: .english
  ),
  DivergenceCase(
    name: "qualifier: about a year vs more than a year",
    first: bridgeLine(
      "Building the Seine bridge took about a year.",
      StoryBuilder.quantity("about a year", "1", "year", .approximate)
    ),
    second: bridgeLine(
      "Building the Seine bridge took more than a year.",
      StoryBuilder.quantity("more than a year", "1", "year", .moreThan)
    ),
    kind: .qualifier,
    normalized: ["approximate 1 year", "more-than 1 year"]
  ),
  DivergenceCase(
    name: "same: ２時間, two hours, deux heures",
    first: bridgeLine(
      "Crossing the Seine bridge took two hours.",
      StoryBuilder.quantity("two hours", "2", "hour")
    ),
    second: bridgeLine("橋を渡るのに２時間かかった。", StoryBuilder.quantity("２時間", "2.0", "hour")),
    kind: nil,
    normalized: []
  ),
  DivergenceCase(
    name: "same: about two hours and approximately 2 hours",
    first: bridgeLine(
      "Crossing took about two hours.",
      StoryBuilder.quantity("about two hours", "2", "hour", .approximate)
    ),
    second: bridgeLine(
      "La traversée a duré deux heures.",
      StoryBuilder.quantity("deux heures", "2", "hour")
    ),
    kind: nil,
    normalized: []
  ),
  DivergenceCase(
    name: "same: 1:35 p.m. in Paris is 8:35 p.m. in Tokyo",
    first: visitLine(
      "Lunch began at 1:35 p.m. local time.",
      StoryBuilder.date("1:35 p.m.", "2024-05-02T13:35+02:00")
    ),
    second: visitLine(
      "日本時間午後8時35分から昼食会を行った。",
      StoryBuilder.date("日本時間午後8時35分", "2024-05-02T20:35+09:00")
    ),
    kind: nil,
    normalized: []
  ),
  DivergenceCase(
    name: "same: May 2024 and 2 May 2024 at the common precision",
    first: visitLine("Kishida visited Paris in May.", StoryBuilder.date("May", "2024-05")),
    second: visitLine("Kishida a visité Paris le 2 mai.", StoryBuilder.date("2 mai", "2024-05-02")),
    kind: nil,
    normalized: []
  ),
  DivergenceCase(
    name: "same: Britain and United Kingdom share a canonical name",
    first: Line(
      text: "Japan has already signed an access agreement with Britain.",
      entities: [("Japan", .place), ("United Kingdom", .place)],
      concepts: pact
    ),
    second: Line(
      text: "Japan has already signed an access agreement with the United Kingdom.",
      entities: [("Japan", .place), ("United Kingdom", .place)],
      concepts: pact
    ),
    kind: nil,
    normalized: []
  ),
]

@Suite("Divergences")
struct DivergenceTests {
  @Test("each kind of divergence is found inside a fact", arguments: divergenceCases)
  func divergence(_ sample: DivergenceCase) throws {
    let first = StoryBuilder.article("a", [sample.first] + StoryBuilder.filler(3, tag: "a"))
    let second = StoryBuilder.article(
      "b",
      sample.secondLanguage,
      [sample.second] + StoryBuilder.filler(2, tag: "b")
    )
    let report = try StoryComparer().compare([first, second])
    let fact = try #require(report.facts.first)
    #expect(fact.claims.map(\.sentences) == [[0], [0]])
    guard let kind = sample.kind else {
      #expect(report.divergences.isEmpty, "\(report.divergences.map(\.readings))")
      return
    }
    #expect(report.divergences.map(\.kind) == [kind])
    let divergence = try #require(report.divergences.first)
    #expect(divergence.fact == fact.id)
    #expect(divergence.readings.map(\.normalized) == sample.normalized)
    #expect(divergence.readings.map(\.article) == ["a", "b"])
    #expect(!divergence.evidence.anchors.isEmpty)
  }

  @Test("of two names new to a claim, the swap is the one the other article never names")
  func newNameByElimination() throws {
    let first = StoryBuilder.article(
      "a",
      [
        Line(
          text: "The United States announced that the troops would leave.",
          entities: [("United States", .place)],
          concepts: withdrawal
        ),
        Line(
          text: "San Francisco's port will receive them.",
          entities: [("San Francisco", .place)],
          concepts: ["port", "receive", "harbour"]
        ),
      ]
    )
    let second = StoryBuilder.article(
      "b",
      .french,
      [
        Line(
          text: "Le Royaume-Uni a annoncé le départ des troupes vers San Francisco.",
          entities: [("United Kingdom", .place), ("San Francisco", .place)],
          concepts: withdrawal
        )
      ]
    )
    let report = try StoryComparer().compare([first, second])
    let entity = try #require(report.divergences.first { $0.kind == .entity })
    #expect(entity.readings.map(\.normalized) == ["United States", "United Kingdom"])
  }

  @Test("the seats of government come from the dictionaries the comparer is given")
  func seatsFromDictionaries() throws {
    let line = { (name: String) in
      Line(
        text: "\(name) announced that the troops would leave.",
        entities: [(name, .place)],
        concepts: withdrawal
      )
    }
    let first = StoryBuilder.article("a", [line("France")] + StoryBuilder.filler(3, tag: "a"))
    let second = StoryBuilder.article(
      "b",
      .french,
      [line("Lyon")] + StoryBuilder.filler(2, tag: "b")
    )
    // The bundled table does not make Lyon stand for France: a swapped name.
    let bundled = try StoryComparer().compare([first, second])
    #expect(bundled.divergences.map(\.kind) == [.entity])
    let custom = try StoryComparer(
      dictionaries: InMemoryDictionaries(files: [
        "names/seats.tsv": "# test\nLyon\tFrance\n", "en/stopwords.txt": "# test\nthe\n",
      ])
    )
    #expect(try custom.compare([first, second]).divergences.isEmpty)
    // A missing or malformed table is an error naming the file and the line.
    #expect(throws: ComparisonError.self) {
      try StoryComparer(dictionaries: InMemoryDictionaries(files: [:]))
    }
    #expect(
      throws: ComparisonError.dictionary(
        file: "<memory>/en/stopwords.txt",
        reason: "the file is missing"
      )
    ) {
      try StoryComparer(
        dictionaries: InMemoryDictionaries(files: ["names/seats.tsv": "Lyon\tFrance\n"])
      )
    }
    // The katakana spellings are read from the same source, only for a Japanese article.
    let noGlosses = try StoryComparer(
      dictionaries: InMemoryDictionaries(files: [
        "names/seats.tsv": "Lyon\tFrance\n", "en/stopwords.txt": "the\n",
        "names/ja-katakana-glosses.tsv": "# test\nヒューズ\n",
      ])
    )
    #expect(try noGlosses.compare([first, second]).facts.count >= 1)
    let japanese = StoryBuilder.article("c", .japanese, [Line("取引", concepts: ["deal"])])
    #expect(
      throws: ComparisonError.dictionary(
        file: "<memory>/names/ja-katakana-glosses.tsv:2",
        reason: "expected katakana<TAB>spelling|spelling..."
      )
    ) {
      try noGlosses.compare([first, japanese])
    }
    do {
      _ = try StoryComparer(
        dictionaries: InMemoryDictionaries(files: ["names/seats.tsv": "Lyon\tFrance\nParis\n"])
      )
      Issue.record("a line with one field was accepted")
    } catch {
      #expect(
        error.description
          == "cannot read <memory>/names/seats.tsv: line 2: expected seat<TAB>entity, found 1 fields"
      )
    }
  }

  @Test("a figure that changed is still found when the claims share only their subject")
  func relatedNumber() throws {
    let first = StoryBuilder.article(
      "a",
      [
        Line(
          text: "The quake in Tohoku killed 48 people.",
          entities: [("Tohoku", .place)],
          quantities: [StoryBuilder.quantity("48 people", "48", "person")],
          concepts: ["earthquake", "kill"]
        )
      ]
    )
    let second = StoryBuilder.article(
      "b",
      [
        Line(
          text: "Le séisme du Tohoku a fait un mort.",
          entities: [("Tohoku", .place)],
          quantities: [StoryBuilder.quantity("un mort", "1", "person")],
          concepts: ["earthquake", "death"]
        )
      ]
    )
    let report = try StoryComparer().compare([first, second])
    let divergence = try #require(report.divergences.first)
    #expect(divergence.kind == .number)
    #expect(divergence.readings.map(\.normalized) == ["48 person", "1 person"])
  }

  @Test("a divergence across three articles lists every reading")
  func threeReadings() throws {
    func line(_ value: String) -> Line {
      bridgeLine("The bridge is \(value) m long.", StoryBuilder.quantity("\(value) m", value, "m"))
    }
    let report = try StoryComparer().compare([
      StoryBuilder.article("a", [line("96")]), StoryBuilder.article("b", [line("96")]),
      StoryBuilder.article("c", [line("93")]),
    ])
    #expect(report.divergences.count == 1)
    #expect(report.divergences.first?.readings.map(\.article) == ["a", "b", "c"])
    #expect(report.divergences.first?.readings.map(\.normalized) == ["96 m", "96 m", "93 m"])
  }
}
