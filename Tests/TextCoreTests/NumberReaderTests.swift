import Testing

@testable import TextCore

/// A number reading case: a text and the numbers expected in it, as (text, value) pairs.
struct NumberCase: Sendable, CustomTestStringConvertible {
  let name: String
  let language: Language
  let text: String
  let numbers: [String]

  /// `numbers` are written `text=value`.
  init(_ name: String, _ language: Language, _ text: String, _ numbers: [String]) {
    self.name = name
    self.language = language
    self.text = text
    self.numbers = numbers
  }

  var testDescription: String { name }
}

@Suite("Number reading")
struct NumberReaderTests {
  static let cases: [NumberCase] = [
    NumberCase(
      "ASCII digits with English separators",
      .english,
      "It cost 1,234.5 dollars and 2,000,000 yen.",
      ["1,234.5=1234.5", "2,000,000=2000000"]
    ),
    NumberCase(
      "English scale word",
      .english,
      "a $1.2 million grant and 3 billion yen",
      ["1.2 million=1200000", "3 billion=3000000000"]
    ),
    NumberCase("Attached scale abbreviation", .english, "a $4.5bn deal", ["4.5bn=4500000000"]),
    NumberCase(
      "Spelled-out English numbers (seed)",
      .english,
      "Tokyo spent about two years negotiating the agreement with Australia and one year with Britain.",
      ["two=2", "one=1"]
    ),
    NumberCase(
      "English compound spelled-out numbers",
      .english,
      "twenty-one soldiers and two hundred and five people",
      ["twenty-one=21", "two hundred and five=205"]
    ),
    NumberCase(
      "English 'one' without a unit is not a number",
      .english,
      "the one with Britain",
      []
    ),
    NumberCase(
      "Names with digits are not numbers",
      .english,
      "The G7 allies and COVID-19 and the F-35",
      []
    ),
    NumberCase(
      "French separators",
      .french,
      "Le séisme a fait 1 234,5 morts et 8,9 de magnitude.",
      ["1 234,5=1234.5", "8,9=8.9"]
    ),
    NumberCase("French scale word", .french, "3 milliards d'euros", ["3 milliards=3000000000"]),
    NumberCase(
      "French spelled-out numbers",
      .french,
      "quatre-vingt-dix soldats et deux navires",
      ["quatre-vingt-dix=90", "deux=2"]
    ),
    NumberCase(
      "French article un is a number only before a unit",
      .french,
      "Un accord pourrait être conclu en environ un an.",
      ["un=1"]
    ),
    NumberCase("Full-width digits", .japanese, "現地時間５月２日", ["５=5", "２=2"]),
    NumberCase("Kanji numerals with 億 and 千万", .japanese, "約１億２千万人", ["１億２千万=120000000"]),
    NumberCase("Digits with 万", .japanese, "3万5000人と120万円", ["3万5000=35000", "120万=1200000"]),
    NumberCase("Pure kanji numerals", .japanese, "二千二十三年", ["二千二十三=2023"]),
    NumberCase("Full-width decimal", .japanese, "３．５％", ["３．５=3.5"]),
    NumberCase("A kanji numeral before a counter", .japanese, "三人が負傷した", ["三=3"]),
    NumberCase(
      "Words with numeral characters are not numbers",
      .japanese,
      "一部の人は一方的に統一を求めた",
      []
    ),
    NumberCase("Decimal then 万", .japanese, "1.2万人", ["1.2万=12000"]),
  ]

  @Test("Numbers are read to their values", arguments: cases)
  func reads(_ testCase: NumberCase) throws {
    let numbers = try NumberReader(language: testCase.language).numbers(in: testCase.text)
    #expect(numbers.map { "\($0.text)=\($0.value)" } == testCase.numbers)
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

  @Test("Notation tells digits, numerals and words apart")
  func notation() throws {
    let japanese = try NumberReader(language: .japanese).numbers(in: "3人と二千人")
    #expect(japanese.map(\.notation) == [.digits, .numerals])
    let english = try NumberReader(language: .english).numbers(in: "two ships")
    #expect(english.map(\.notation) == [.words])
  }
}
