import Testing

@testable import TextCore

@Suite("Word segmentation")
struct WordSegmenterTests {
  static let cases: [LanguageCase<[String]>] = [
    LanguageCase(
      "Katakana name ICU splits is re-joined",
      .japanese,
      "マクロン大統領が来日した。",
      ["マクロン", "大統領", "が", "来日", "した", "。"]
    ),
    LanguageCase(
      "Katakana loan word ICU splits is re-joined",
      .japanese,
      "マイレージを貯める",
      ["マイレージ", "を", "貯める"]
    ),
    LanguageCase(
      "Names joined by ・ keep their parts",
      .japanese,
      "エマニュエル・マクロン大統領",
      ["エマニュエル", "・", "マクロン", "大統領"]
    ),
    LanguageCase(
      "French elision is split off",
      .french,
      "Il a visité l'Élysée et l’Assemblée.",
      ["Il", "a", "visité", "l'", "Élysée", "et", "l’", "Assemblée", "."]
    ),
    LanguageCase(
      "French qu' and d' are split off",
      .french,
      "Il dit qu'il viendra d'ici jeudi",
      ["Il", "dit", "qu'", "il", "viendra", "d'", "ici", "jeudi"]
    ),
    LanguageCase(
      "English possessive is split off",
      .english,
      "Japan's Prime Minister",
      ["Japan", "'s", "Prime", "Minister"]
    ),
    LanguageCase(
      "English negation clitic is split off",
      .english,
      "They didn't agree",
      ["They", "did", "n't", "agree"]
    ),
    LanguageCase(
      "Hyphenated compounds keep their parts",
      .english,
      "the Indo-Pacific region",
      ["the", "Indo", "-", "Pacific", "region"]
    ),
    LanguageCase(
      "English number with separators stays whole",
      .english,
      "It cost 1,234.5 dollars",
      ["It", "cost", "1,234.5", "dollars"]
    ),
    LanguageCase(
      "French number grouped with a space stays whole",
      .french,
      "Il y a 1 234,5 morts",
      ["Il", "y", "a", "1 234,5", "morts"]
    ),
    LanguageCase(
      "French number grouped with a narrow NBSP stays whole",
      .french,
      "soit 12\u{202F}500 soldats",
      ["soit", "12\u{202F}500", "soldats"]
    ),
    LanguageCase(
      "Two French numbers are not glued together",
      .french,
      "en 2023 40 soldats",
      ["en", "2023", "40", "soldats"]
    ),
    LanguageCase(
      "Full-width decimal number stays whole",
      .japanese,
      "３．５％増えた",
      ["３．５", "％", "増え", "た"]
    ),
  ]

  @Test("Words come out as expected", arguments: cases)
  func segments(_ testCase: LanguageCase<[String]>) throws {
    let words = try WordSegmenter(language: testCase.language).words(in: testCase.text)
    #expect(words.map(\.text) == testCase.expected)
  }

  @Test("Every word's range slices its text out of the original")
  func rangesMatchText() throws {
    let text = "日仏首脳は「特別なパートナー」の下で、約１億２千万人の協力を確認した。M. Macron l'a dit."
    let bytes = Array(text.utf8)
    for language in Language.allCases {
      for word in try WordSegmenter(language: language).words(in: text) {
        #expect(String(decoding: bytes[word.utf8Range], as: UTF8.self) == word.text)
      }
    }
  }

  @Test("Word kinds tell words, numbers and punctuation apart")
  func kinds() throws {
    let words = try WordSegmenter(language: .english).words(in: "About 96 m, they said.")
    #expect(words.map(\.kind) == [.word, .number, .word, .punctuation, .word, .word, .punctuation])
  }
}
