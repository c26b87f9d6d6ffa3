import Foundation
import Testing

@testable import TextCore

/// Analyzed sentences keep a range of the analyzed text rather than a string (issue #2); these
/// tests pin that they still read, compare, hash and encode as sentences made from a string do.
@Suite("Analyzed sentence")
struct AnalyzedSentenceTests {
  static let texts: [LanguageCase<Void>] = [
    LanguageCase(
      "English sentences with trailing spaces",
      .english,
      "Mr. Kishida met Mr. Macron.  They spoke for two hours. ",
      ()
    ),
    LanguageCase("French accents", .french, "L'Élysée a confirmé. M. Macron viendra.", ()),
    LanguageCase("Japanese quoted speech", .japanese, "「協力を深める。」と語った。次の文。", ()),
  ]

  @Test("An analyzed sentence reads as its text range, without trailing space", arguments: texts)
  func readsItsRange(_ sample: LanguageCase<Void>) throws {
    let sentences = try TextAnalyzer(language: sample.language).analyze(sample.text)
    #expect(sentences.count >= 2)
    let bytes = Array(sample.text.utf8)
    for sentence in sentences {
      let whole = String(decoding: bytes[sentence.utf8Range], as: UTF8.self)
      #expect(sentence.text == whole.trimmingCharacters(in: .whitespacesAndNewlines))
      #expect(!sentence.text.isEmpty)
    }
  }

  @Test(
    "An analyzed sentence equals, hashes and encodes as one made from its text",
    arguments: texts
  )
  func matchesASentenceMadeFromItsText(_ sample: LanguageCase<Void>) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    for sentence in try TextAnalyzer(language: sample.language).analyze(sample.text) {
      let made = AnalyzedSentence(
        text: sentence.text,
        utf8Range: sentence.utf8Range,
        words: sentence.words,
        numbers: sentence.numbers
      )
      #expect(sentence == made)
      #expect(sentence.hashValue == made.hashValue)
      #expect(try encoder.encode(sentence) == encoder.encode(made))
      #expect(
        try JSONDecoder().decode(AnalyzedSentence.self, from: encoder.encode(sentence)) == made
      )
    }
  }

  @Test("Setting a sentence's text replaces it")
  func setsItsText() throws {
    var sentence = try #require(try TextAnalyzer(language: .english).analyze("Hello world.").first)
    sentence.text = "Bonjour."
    #expect(sentence.text == "Bonjour.")
    #expect(sentence.utf8Range == 0..<12)
  }
}
