import Foundation
import Lexicon
import Testing
import TextCore

@Suite("Loading the lexicon")
struct LexiconLoadingTests {
  @Test("The bundled dictionaries load")
  func bundledLoads() throws {
    let lexicon = try Lexicon.bundled()
    #expect(lexicon.names.entities.count > 500)
    #expect(lexicon.names.maximumKeyLength > 10)
    #expect(lexicon.concepts.maximumJapaneseLength > 4)
  }

  @Test("A missing dictionary file is an error naming the file")
  func missingFile() throws {
    let source = OverlayDictionaries(
      base: BundledDictionaries(),
      overrides: ["fr/hedges.tsv": String?.none]
    )
    #expect(throws: LexiconError.missingFile("dictionaries/fr/hedges.tsv")) {
      try Lexicon.load(from: source)
    }
    let error = LexiconError.missingFile("dictionaries/fr/hedges.tsv")
    #expect(error.description == "missing dictionary file 'dictionaries/fr/hedges.tsv'")
  }

  @Test(
    "English and French have inflected forms, Japanese none, and a folder without the file loads without them"
  )
  func irregularForms() throws {
    let lexicon = try Lexicon.bundled()
    #expect(lexicon.lists(for: .english).irregularForms.lemmas(of: "better") == ["good", "well"])
    // French forms are comparison keys, their lemmas too (`être` is `etre`).
    #expect(lexicon.lists(for: .french).irregularForms.lemmas(of: "prit") == ["prendre"])
    #expect(lexicon.lists(for: .french).irregularForms.lemmas(of: "suis") == ["etre", "suivre"])
    #expect(lexicon.lists(for: .japanese).irregularForms.isEmpty)
    let source = OverlayDictionaries(
      base: BundledDictionaries(),
      overrides: ["en/irregular-forms.tsv": String?.none]
    )
    #expect(try Lexicon.load(from: source).lists(for: .english).irregularForms.isEmpty)
  }

  @Test("French endings give English cognates in file order; other languages have none")
  func cognateEndings() throws {
    let lexicon = try Lexicon.bundled()
    let french = lexicon.lists(for: .french)
    #expect(french.cognates(of: "judiciaires").first == "judiciary")
    #expect(french.cognates(of: "symbolique").prefix(2) == ["symbolic", "symbolical"])
    // The word itself comes last, and short words have none.
    #expect(french.cognates(of: "magnitude").last == "magnitude")
    #expect(french.cognates(of: "lait").isEmpty)
    #expect(lexicon.lists(for: .english).cognates(of: "judiciaire").isEmpty)
    let source = OverlayDictionaries(
      base: BundledDictionaries(),
      overrides: ["fr/cognate-endings.tsv": String?.none]
    )
    #expect(try Lexicon.load(from: source).lists(for: .french).cognateEndings.isEmpty)
  }

  struct MalformedCase: CustomTestStringConvertible, Sendable {
    let path: String
    let contents: String
    let message: String
    var testDescription: String { "\(path): \(message)" }
  }

  static let malformed = [
    MalformedCase(
      path: "fr/irregular-forms.tsv",
      contents: "prit\tprendre\nsuis\tetre||suivre\n",
      message: "dictionaries/fr/irregular-forms.tsv:2: empty lemma in 'etre||suivre'"
    ),
    MalformedCase(
      path: "names/gazetteer-curated.tsv",
      contents: "# comment\nParis\tplace\ten\tParis\tname\nTokyo\tplace\ten\tTokyo\n",
      message:
        "dictionaries/names/gazetteer-curated.tsv:3: expected 5 tab-separated fields, found 4"
    ),
    MalformedCase(
      path: "names/gazetteer-cldr.tsv",
      contents: "France\tcountry\ten\tFrance\tname\n",
      message:
        "dictionaries/names/gazetteer-cldr.tsv:1: kind must be person, place, organisation or other, not 'country'"
    ),
    MalformedCase(
      path: "en/hedges.tsv",
      contents: "about\tapproximate\tbefore\naround\tabout\tbefore\n",
      message: "dictionaries/en/hedges.tsv:2: unknown qualifier 'about'"
    ),
    MalformedCase(
      path: "lexicon/en-ja.tsv",
      contents: "negotiation\t交渉\tedict\nagreement\t\tedict\n",
      message: "dictionaries/lexicon/en-ja.tsv:2: field 2 is empty"
    ),
    MalformedCase(
      path: "names/ja-person-readings.tsv",
      contents: "岸田\tきしだ\tKishida\tsurname\tmany\n",
      message: "dictionaries/names/ja-person-readings.tsv:1: people must be a count, not 'many'"
    ),
    MalformedCase(
      path: "ja/time-words.tsv",
      contents: "日本時間\tzone\t+9\n",
      message:
        "dictionaries/ja/time-words.tsv:1: expected meridiem am/pm or zone local/+HH:MM, found 'zone' '+9'"
    ),
    MalformedCase(
      path: "ja/deinflection.tsv",
      contents: "せ\tす\tgodan-verb\nか\tい\tadjective\n",
      message:
        "dictionaries/ja/deinflection.tsv:2: class must be godan-verb, ichidan-verb, i-adjective or suru-verb, not 'adjective'"
    ),
  ]

  @Test("A malformed line is an error naming the file and line", arguments: malformed)
  func malformedLine(_ sample: MalformedCase) throws {
    let source = OverlayDictionaries(
      base: BundledDictionaries(),
      overrides: [sample.path: .some(sample.contents)]
    )
    do {
      _ = try Lexicon.load(from: source)
      Issue.record("expected an error")
    } catch {
      #expect(error.description == sample.message)
    }
  }

  @Test(
    "Fast comparison keys equal TextNormalizer's keys on every name and a sample of the lexicons"
  )
  func fastKeysMatchICU() throws {
    var samples = [
      "Élysée", "Royaume-Uni", "ＮＡＴＯ", "Côte d’Ivoire", "straße", "  Two  spaces ", "ｶﾀｶﾅ",
      "ジャン＝ピエール", "ガ", "Œuvre", "İstanbul", "`quoted`", "Kishida’s", "« citation »",
      "「引用」、", "ｶﾞｲﾄﾞ", "１２月", "“Exceptional Partnership”", "Mr.\u{00A0}Macron",
    ]
    let source = BundledDictionaries()
    for path in Lexicon.nameTableFiles + ["lexicon/fr-ja.tsv", "lexicon/en-fr.tsv"] {
      let text = try #require(try source.contents(ofFile: path))
      for (index, line) in text.split(separator: "\n").enumerated()
      where !line.hasPrefix("#") && (path.hasPrefix("names/") || index % 25 == 0) {
        samples += line.split(separator: "\t").prefix(4).map(String.init)
      }
    }
    for sample in samples {
      #expect(try LookupKey.make(sample) == TextNormalizer.key(sample), "\(sample)")
    }
  }
}
