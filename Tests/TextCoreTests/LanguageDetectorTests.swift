import TestSupport
import Testing

@testable import TextCore

@Suite("Language detection")
struct LanguageDetectorTests {
  @Test(
    "Example articles are detected in their language",
    arguments: [
      ("examples/2024-05-02-france-japan-raa/en-japantoday-reuters.txt", Language.english),
      ("examples/2024-05-02-france-japan-raa/ja-mofa.txt", .japanese),
      ("examples/2024-05-02-france-japan-raa/en-kantei.txt", .english),
      ("examples/2011-03-11-tohoku-earthquake/fr-wikinews.txt", .french),
      ("examples/2007-09-12-abe-resigns/ja-wikinews.txt", .japanese),
    ]
  )
  func detectsExamples(path: String, language: Language) throws {
    #expect(try LanguageDetector().language(of: RepositoryFiles.text(path)) == language)
  }

  @Test("A one-line French quote is French, the same line in English English")
  func shortQuotes() throws {
    // `a` is a stop word of both languages; the guillemets tell.
    #expect(try LanguageDetector().language(of: "Miller a déclaré : « Paul part. »") == .french)
    #expect(try LanguageDetector().language(of: "Miller said: \"Paul left.\"") == .english)
  }

  @Test("A German text is not taken for English or French")
  func refusesGerman() {
    let german =
      "Die Bundesregierung hat am Donnerstag beschlossen, dass die Verhandlungen über das Abkommen mit Japan noch in diesem Jahr beginnen sollen, teilte ein Sprecher mit."
    #expect(throws: TextProcessingError.undetectableLanguage) {
      try LanguageDetector().language(of: german)
    }
  }

  @Test("Chinese and Russian text are not detected")
  func refusesOtherScripts() {
    #expect(throws: TextProcessingError.self) {
      try LanguageDetector().language(of: "Россия и Франция начали переговоры о соглашении.")
    }
    #expect(throws: TextProcessingError.undetectableLanguage) {
      try LanguageDetector().language(of: "中国和法国同意开始谈判。")
    }
  }

  @Test("Text without letters is empty input")
  func refusesNoLetters() {
    #expect(throws: TextProcessingError.emptyInput) {
      try LanguageDetector().language(of: "123 456 !!")
    }
  }

  @Test("Language tags are parsed by their primary subtag")
  func tags() {
    #expect(Language(tag: "fr-FR") == .french)
    #expect(Language(tag: "ja_JP") == .japanese)
    #expect(Language(tag: "EN") == .english)
    #expect(Language(tag: "de") == nil)
  }
}
