import Lexicon
import Testing
import TextCore

@Suite("Japanese deinflection")
struct DeinflectionTests {
  struct FormCase: CustomTestStringConvertible, Sendable {
    let inflected: String
    let dictionary: String
    var testDescription: String { "\(inflected) → \(dictionary)" }
  }

  static let forms = [
    FormCase(inflected: "試せ", dictionary: "試す"),
    FormCase(inflected: "行わ", dictionary: "行う"),
    FormCase(inflected: "言っ", dictionary: "言う"),
    FormCase(inflected: "読ん", dictionary: "読む"),
    FormCase(inflected: "増え", dictionary: "増える"),
    FormCase(inflected: "見た", dictionary: "見る"),
    FormCase(inflected: "高か", dictionary: "高い"),
    FormCase(inflected: "高く", dictionary: "高い"),
    FormCase(inflected: "関し", dictionary: "関する"),
  ]

  @Test("An inflected stem has its dictionary form among the candidates", arguments: forms)
  func dictionaryForm(_ sample: FormCase) throws {
    let lists = try #require(SharedLexicon.lexicon).lists(for: .japanese)
    #expect(lists.dictionaryForms(of: sample.inflected).contains(sample.dictionary))
  }

  @Test("After an e-row kana the one-row verb comes first, after an i-row kana the five-row verb")
  func ruleOrder() throws {
    let lists = try #require(SharedLexicon.lexicon).lists(for: .japanese)
    #expect(lists.dictionaryForms(of: "続け").first == "続ける")
    #expect(lists.dictionaryForms(of: "話し").first == "話す")
  }

  @Test("A rule never rewrites the whole key: a lone ending has no dictionary form")
  func stemIsNeverEmpty() throws {
    let lists = try #require(SharedLexicon.lexicon).lists(for: .japanese)
    #expect(lists.dictionaryForms(of: "せ").isEmpty)
    #expect(lists.dictionaryForms(of: "").isEmpty)
  }

  @Test("English and French have no deinflection rules")
  func otherLanguagesHaveNoRules() throws {
    let lexicon = try #require(SharedLexicon.lexicon)
    for language in [Language.english, .french] {
      #expect(lexicon.lists(for: language).deinflections.isEmpty)
      #expect(lexicon.lists(for: language).dictionaryForms(of: "tried").isEmpty)
    }
  }
}
