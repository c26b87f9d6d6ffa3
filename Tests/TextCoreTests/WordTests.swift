import Foundation
import Testing

@testable import TextCore

/// Words the segmenter makes hold their text's bytes rather than a string (issue #2); these
/// tests pin that they still read, compare, hash and encode as words made from a string do.
@Suite("Word")
struct WordTests {
  /// Texts whose words cover every way a word keeps its text: short and long (over 15 bytes),
  /// ASCII, two-, three- and four-byte characters, and words at the very end of the text.
  static let texts: [LanguageCase<Void>] = [
    LanguageCase("English words and a clitic", .english, "Japan's anticonstitutional move", ()),
    LanguageCase(
      "French accents, elision and a long word",
      .french,
      "L'Élysée a dit anticonstitutionnellement non",
      ()
    ),
    LanguageCase("Japanese with a long katakana word", .japanese, "コミュニケーションが大事だ", ()),
    LanguageCase("A word at the very end of the text", .english, "ok", ()),
    LanguageCase("Emoji and symbols", .english, "Prix 5 € 😀 fin", ()),
  ]

  @Test("A segmented word reads as the text of its range", arguments: texts)
  func readsItsRange(_ sample: LanguageCase<Void>) throws {
    let words = try WordSegmenter(language: sample.language).words(in: sample.text)
    #expect(!words.isEmpty)
    let bytes = Array(sample.text.utf8)
    for word in words {
      #expect(word.text == String(decoding: bytes[word.utf8Range], as: UTF8.self))
    }
  }

  @Test("A segmented word equals, hashes and encodes as one made from its text", arguments: texts)
  func matchesAWordMadeFromItsText(_ sample: LanguageCase<Void>) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    for word in try WordSegmenter(language: sample.language).words(in: sample.text) {
      let made = Word(text: word.text, utf8Range: word.utf8Range, kind: word.kind)
      #expect(word == made)
      #expect(word.hashValue == made.hashValue)
      #expect(try encoder.encode(word) == encoder.encode(made))
      #expect(try JSONDecoder().decode(Word.self, from: encoder.encode(word)) == word)
    }
  }

  @Test("A word encodes its text, range and kind")
  func encodesItsFields() throws {
    let word = try #require(try WordSegmenter(language: .french).words(in: "l'été").last)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = String(decoding: try encoder.encode(word), as: UTF8.self)
    #expect(json == #"{"kind":"word","text":"été","utf8Range":[2,7]}"#)
  }

  /// A megabyte of text has about 200,000 words: each byte of a word is 200 kB of memory.
  @Test("A word takes 32 bytes")
  func size() {
    #expect(MemoryLayout<Word>.stride == 32)
  }

  @Test("A word whose encoded range does not fit is a decoding error, not a crash")
  func rejectsHugeRanges() {
    let json = #"{"kind":"word","text":"x","utf8Range":[0,4294967296]}"#
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(Word.self, from: Data(json.utf8))
    }
  }

  @Test("Setting a word's text replaces it")
  func setsItsText() throws {
    var word = try #require(try WordSegmenter(language: .english).words(in: "Hello world").first)
    word.text = "Bonjour"
    #expect(word.text == "Bonjour")
    #expect(word == Word(text: "Bonjour", utf8Range: 0..<5, kind: .word))
  }
}
