import Testing

@testable import TextCore

@Suite("Number reading")
struct NumberReaderTests {
  static let cases: [LanguageCase<[String]>] = [
    LanguageCase(
      "ASCII digits with English separators",
      .english,
      "It cost 1,234.5 dollars and 2,000,000 yen.",
      ["1,234.5=1234.5", "2,000,000=2000000"]
    ),
    LanguageCase(
      "English scale word",
      .english,
      "a $1.2 million grant and 3 billion yen",
      ["1.2 million=1200000", "3 billion=3000000000"]
    ),
    LanguageCase("Attached scale abbreviation", .english, "a $4.5bn deal", ["4.5bn=4500000000"]),
    LanguageCase(
      "Spelled-out English numbers (seed)",
      .english,
      "Tokyo spent about two years negotiating the agreement with Australia and one year with Britain.",
      ["two=2", "one=1"]
    ),
    LanguageCase(
      "English compound spelled-out numbers",
      .english,
      "twenty-one soldiers and two hundred and five people",
      ["twenty-one=21", "two hundred and five=205"]
    ),
    LanguageCase(
      "English 'one' without a unit is not a number",
      .english,
      "the one with Britain",
      []
    ),
    LanguageCase(
      "Names with digits are not numbers",
      .english,
      "The G7 allies and COVID-19 and the F-35",
      []
    ),
    LanguageCase(
      "French separators",
      .french,
      "Le séisme a fait 1 234,5 morts et 8,9 de magnitude.",
      ["1 234,5=1234.5", "8,9=8.9"]
    ),
    LanguageCase("French scale word", .french, "3 milliards d'euros", ["3 milliards=3000000000"]),
    LanguageCase(
      "French spelled-out numbers",
      .french,
      "quatre-vingt-dix soldats et deux navires",
      ["quatre-vingt-dix=90", "deux=2"]
    ),
    LanguageCase(
      "French article un is a number only before a unit",
      .french,
      "Un accord pourrait être conclu en environ un an.",
      ["un=1"]
    ),
    LanguageCase("Full-width digits", .japanese, "現地時間５月２日", ["５=5", "２=2"]),
    LanguageCase("Kanji numerals with 億 and 千万", .japanese, "約１億２千万人", ["１億２千万=120000000"]),
    LanguageCase("Digits with 万", .japanese, "3万5000人と120万円", ["3万5000=35000", "120万=1200000"]),
    LanguageCase("Pure kanji numerals", .japanese, "二千二十三年", ["二千二十三=2023"]),
    LanguageCase("Full-width decimal", .japanese, "３．５％", ["３．５=3.5"]),
    LanguageCase("A kanji numeral before a counter", .japanese, "三人が負傷した", ["三=3"]),
    LanguageCase(
      "Words with numeral characters are not numbers",
      .japanese,
      "一部の人は一方的に統一を求めた",
      []
    ),
    LanguageCase("Decimal then 万", .japanese, "1.2万人", ["1.2万=12000"]),
    // NTREX's Japanese spaces digits from kanji: `2 千ドル` was read as 千 alone, 1000.
    LanguageCase(
      "Digits and scale numerals with spaces between them",
      .japanese,
      "1 万 6 千人が避難し、2 千ドルの罰金と 1 日の投獄",
      ["1 万 6 千=16000", "2 千=2000", "1=1"]
    ),
    LanguageCase(
      "A numeral inside a listed word, at its start, end or middle, is no number",
      .japanese,
      "統一と一部と千葉で三人",
      ["三=3"]
    ),
    LanguageCase(
      "Spelled-out numbers in capitals and repeated",
      .english,
      "TWO ships, Two planes and two hundred men; two years later, twenty-one more.",
      ["TWO=2", "Two=2", "two hundred=200", "two=2", "twenty-one=21"]
    ),
    LanguageCase(
      "French spelled-out numbers with accents and repeats",
      .french,
      "Dix-sept soldats, dix-sept navires et trois cents marins en deux ans.",
      ["Dix-sept=17", "dix-sept=17", "trois cents=300", "deux=2"]
    ),
  ]

  @Test("Numbers are read to their values", arguments: cases)
  func reads(_ testCase: LanguageCase<[String]>) throws {
    let numbers = try NumberReader(language: testCase.language).numbers(in: testCase.text)
    #expect(numbers.map { "\($0.text)=\($0.value)" } == testCase.expected)
  }

  @Test("Number ranges slice their text out of the original")
  func rangesMatchText() throws {
    let text = "現地時間5月2日午後1時35分から約２時間、１億２千万人。"
    let bytes = Array(text.utf8)
    let numbers = try NumberReader(language: .japanese).numbers(in: text)
    #expect(numbers.count == 6)
    for number in numbers {
      #expect(String(decoding: bytes[number.utf8Range], as: UTF8.self) == number.text)
    }
  }

  @Test("Digits alone read by the language's separators; anything else is no digits-only value")
  func digitsOnly() throws {
    let french = try NumberReader(language: .french)
    #expect(french.digitsOnlyValue("3,9") == "3.9")
    #expect(french.digitsOnlyValue(" 30 000 ") == "30000")
    let english = try NumberReader(language: .english)
    #expect(english.digitsOnlyValue("30,000") == "30000")
    #expect(english.digitsOnlyValue("１２") == "12")
    for text in ["3.9 million", "400万", "5 km", "", " "] {
      #expect(english.digitsOnlyValue(text) == nil, "\(text)")
    }
  }

  @Test("Notation tells digits, numerals and words apart")
  func notation() throws {
    let japanese = try NumberReader(language: .japanese).numbers(in: "3人と二千人")
    #expect(japanese.map(\.notation) == [.digits, .numerals])
    let english = try NumberReader(language: .english).numbers(in: "two ships")
    #expect(english.map(\.notation) == [.words])
  }
}
