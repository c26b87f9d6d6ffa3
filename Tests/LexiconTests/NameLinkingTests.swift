import Lexicon
import Testing
import TextCore

@Suite("Names and their canonical entities")
struct NameLinkingTests {
  struct NameCase: CustomTestStringConvertible, Sendable {
    let name: String
    let language: Language
    let canonical: String
    var testDescription: String { "\(name) (\(language.rawValue)) → \(canonical)" }
  }

  static let tableNames = [
    NameCase(name: "マクロン", language: .japanese, canonical: "Emmanuel Macron"),
    NameCase(name: "岸田文雄", language: .japanese, canonical: "Fumio Kishida"),
    NameCase(name: "KISHIDA Fumio", language: .english, canonical: "Fumio Kishida"),
    NameCase(name: "英国", language: .japanese, canonical: "United Kingdom"),
    NameCase(name: "Royaume-Uni", language: .french, canonical: "United Kingdom"),
    NameCase(name: "palais de l’Élysée", language: .french, canonical: "Élysée"),
    NameCase(name: "自衛隊", language: .japanese, canonical: "Self-Defense Forces"),
  ]

  @Test("Names in the table have one canonical name in every language", arguments: tableNames)
  func linksTableNames(_ sample: NameCase) throws {
    let linker = NameLinker(lexicon: try #require(SharedLexicon.lexicon))
    let link = linker.link(sample.name, language: sample.language)
    #expect(link?.entity.canonical == sample.canonical)
    #expect(link?.method == .table)
  }

  static let unknownNames = [
    // Katakana transliterated and matched to Latin names.
    NameCase(name: "ルコルニュ", language: .japanese, canonical: "Sébastien Lecornu"),
    NameCase(name: "エマニュエル・マクロン", language: .japanese, canonical: "Emmanuel Macron"),
    // Held-out names (scripts/data/entity-linking-heldout.tsv): not in the table.
    NameCase(name: "安倍晋三", language: .japanese, canonical: "Shinzo Abe"),
    NameCase(name: "Abe Shinzo", language: .english, canonical: "Shinzo Abe"),
    NameCase(name: "バラク・オバマ", language: .japanese, canonical: "Barack Obama"),
    NameCase(name: "Benyamin Netanyahou", language: .french, canonical: "Benjamin Netanyahu"),
  ]

  @Test(
    "Names missing from the table link by readings, transliteration and spelling",
    arguments: unknownNames
  )
  func linksUnknownNames(_ sample: NameCase) throws {
    let linker = NameLinker(lexicon: try #require(SharedLexicon.lexicon))
    let canonical = linker.link(sample.name, language: sample.language)?.entity.canonical
    #expect(canonical == sample.canonical)
  }

  @Test("A kanji name splits into surname and given name by readings, given name first")
  func readingsSplitKanjiNames() throws {
    let lexicon = try #require(SharedLexicon.lexicon)
    let person = try #require(lexicon.readings.personName("岸田文雄"))
    #expect(person.surname == "岸田")
    #expect(person.givenName == "文雄")
    #expect(person.latin == "Fumio Kishida")
  }

  @Test("ENAMDICT long vowels fold to news spelling, except before a vowel")
  func longVowelsFold() {
    #expect(NameReadings.foldLongVowels("Shinzou") == "Shinzo")
    #expect(NameReadings.foldLongVowels("Itou") == "Ito")
    #expect(NameReadings.foldLongVowels("Yuuko") == "Yuko")
    #expect(NameReadings.foldLongVowels("Oota") == "Ota")
    #expect(NameReadings.foldLongVowels("Inoue") == "Inoue")
  }

  @Test("A short form names every entity that has it")
  func ambiguousShortForms() throws {
    let lexicon = try #require(SharedLexicon.lexicon)
    let entities = Set(lexicon.names.names(forKey: "菅").map(\.entity.canonical))
    #expect(entities.count >= 2)
  }

  @Test("One-character Japanese abbreviations are kept apart from names")
  func abbreviations() throws {
    let lexicon = try #require(SharedLexicon.lexicon)
    let names = lexicon.names.names(forKey: "仏")
    #expect(names.contains { $0.form == .abbreviation && $0.entity.canonical == "France" })
  }
}

@Suite("Concepts across languages")
struct ConceptTests {
  @Test("A Japanese, a French and an English word share the concept of their English lemma")
  func sharedConcept() throws {
    let concepts = try #require(SharedLexicon.lexicon).concepts
    #expect(concepts.concepts(ofKey: "交渉", language: .japanese).contains("negotiation"))
    #expect(concepts.concepts(ofKey: "negociation", language: .french).contains("negotiation"))
    #expect(concepts.concepts(ofKey: "negotiation", language: .english) == ["negotiation"])
  }

  @Test("Per-language lists are keyed by comparison key")
  func lists() throws {
    let lexicon = try #require(SharedLexicon.lexicon)
    #expect(lexicon.lists(for: .japanese).hedges["約"]?.qualifier == "approximate")
    #expect(lexicon.lists(for: .french).hedges["plus de"]?.qualifier == "more-than")
    #expect(lexicon.lists(for: .english).calendar["thursday"]?.value == 4)
    #expect(lexicon.lists(for: .japanese).unitNames["時間"]?.unit == "hour")
    #expect(lexicon.lists(for: .japanese).timeWords["日本時間"] == .zone(offset: "+09:00"))
    #expect(lexicon.lists(for: .english).indefiniteArticles.contains("a"))
  }
}

/// Japanese entity scans try only spans whose leading kana and kanji could still start a name
/// key (issue #2 follow-up: extraction keyed every span up to the longest key at every
/// position); these tests pin the limit the name table gives them.
@Suite("Kana and kanji prefixes of name keys")
struct KanaKanjiPrefixTests {
  @Test("A run that no key continues stops at the longest prefix of a key")
  func stopsAtLongestPrefix() throws {
    let names = try #require(SharedLexicon.lexicon).names
    // `マクロン` is a key; no key starts with `マクロン大`.
    #expect(names.kanaKanjiPrefixLength(of: "マクロン大統領".unicodeScalars) == 4)
    #expect(names.kanaKanjiPrefixLength(of: "岸田文雄首相".unicodeScalars) == 4)
    // No key starts with `ぬ`.
    #expect(names.kanaKanjiPrefixLength(of: "ぬぬぬ".unicodeScalars) == 0)
  }

  @Test("No limit before Latin text, at the end, or after a run that is still a prefix")
  func noLimit() throws {
    let names = try #require(SharedLexicon.lexicon).names
    #expect(names.kanaKanjiPrefixLength(of: "Macron".unicodeScalars) == nil)
    #expect(names.kanaKanjiPrefixLength(of: "マクロ".unicodeScalars) == nil)
    #expect(names.kanaKanjiPrefixLength(of: "マクロン（仏）".unicodeScalars) == nil)
  }
}

@Suite("How names sound")
struct NameSoundTests {
  @Test(
    "Read as English, a Latin name sounds as katakana writes it",
    arguments: [
      ("Oliver Cromwell", "オリバー・クロムウェル"),
      ("John Goldsmith", "ジョン・ゴールドスミス"),
      ("Herbert", "ハーバート"),
    ]
  )
  func englishReading(_ latin: String, _ katakana: String) throws {
    let heard = try #require(NameLinker.sound(ofKatakana: katakana))
    let sounds = NameLinker.sounds(ofLatin: latin)
    #expect(sounds.count == 2)
    let asSpelled = sounds.first.flatMap { NameLinker.soundSimilarity(heard, $0) } ?? 0
    let asSaid = try #require(sounds.last.flatMap { NameLinker.soundSimilarity(heard, $0) })
    #expect(asSaid > asSpelled)
    #expect(asSaid >= 0.8)
  }

  @Test(
    "Katakana hears a hard `ch` before a consonant and a final voiced `s`",
    arguments: [
      // `ch` was read `s` everywhere, so `Chris` sounded like `sris`.
      ("Chris Wallace", "クリス・ウォーレス"),
      // English says a final `s` voiced after a vowel or `n`, and katakana writes it `ズ`.
      ("Jaynes", "ジェインズ"),
    ]
  )
  func hardAndVoicedSounds(_ latin: String, _ katakana: String) throws {
    let heard = try #require(NameLinker.sound(ofKatakana: katakana))
    let best = NameLinker.sounds(ofLatin: latin).compactMap {
      NameLinker.soundSimilarity(heard, $0)
    }.max()
    #expect((best ?? 0) >= 0.8)
  }

  @Test("A `ch` before a vowel is still soft")
  func softCh() throws {
    let heard = try #require(NameLinker.sound(ofKatakana: "ミシェル"))
    let michel = try #require(NameLinker.sound(ofLatin: "Michel"))
    #expect((NameLinker.soundSimilarity(heard, michel) ?? 0) >= 0.8)
  }

  @Test("A name English says as spelled has one sound; the spelled sound comes first")
  func oneReading() throws {
    #expect(NameLinker.sounds(ofLatin: "Macron").count == 1)
    // The table links by the spelled sound alone, since other languages say their `r`s.
    let mark = NameLinker.sounds(ofLatin: "Mark Carter")
    #expect(mark.count == 2)
    #expect(mark.first == NameLinker.sound(ofLatin: "Mark Carter"))
  }
}
