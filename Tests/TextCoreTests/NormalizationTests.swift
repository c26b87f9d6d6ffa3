import Testing

@testable import TextCore

@Suite("Normalization")
struct NormalizationTests {
  @Test("Keys meet across diacritics and case")
  func keysFoldLatinDiacritics() throws {
    #expect(try TextNormalizer.key("Élysée") == TextNormalizer.key("Elysee"))
    #expect(try TextNormalizer.key("Sébastien LECORNU") == "sebastien lecornu")
    #expect(try TextNormalizer.key("Ça") == "ca")
  }

  @Test("Japanese voiced marks survive in keys")
  func keysKeepVoicedMarks() throws {
    #expect(try TextNormalizer.key("ガ") != TextNormalizer.key("カ"))
    #expect(try TextNormalizer.key("ガ") == "ガ")
    #expect(try TextNormalizer.key("パリ") == "パリ")
    // Half-width katakana with a separate voiced mark composes to the full-width letter.
    #expect(try TextNormalizer.key("ｶﾞ") == "ガ")
  }

  @Test("Keys fold full-width Latin and digits")
  func keysFoldWidth() throws {
    #expect(try TextNormalizer.key("ＯＥＣＤ　２０２４") == "oecd 2024")
  }

  @Test("Keys unify quotes and dashes")
  func keysUnifyPunctuation() throws {
    #expect(try TextNormalizer.key("l’Élysée") == "l'elysee")
    #expect(try TextNormalizer.key("Indo–Pacific") == "indo-pacific")
    #expect(try TextNormalizer.key("«\u{00A0}Oui\u{00A0}»") == "\" oui \"")
  }

  @Test("Display form tidies spaces but keeps line breaks")
  func displayTidiesSpaces() throws {
    let text = "M.\u{00A0}Macron\u{202F}:  «\u{00A0}oui\u{00A0}»\u{3000}\nLigne\u{2010}deux  \n"
    #expect(try TextNormalizer.display(text) == "M. Macron : « oui »\nLigne-deux\n")
  }

  @Test("Display form is NFC")
  func displayComposes() throws {
    #expect(try TextNormalizer.display("E\u{0301}lyse\u{0301}e") == "Élysée")
  }

  @Test("NFKC form folds width")
  func nfkc() throws {
    #expect(try TextNormalizer.normalize("ＡＢＣ１２３ｶﾞ", form: .nfkc) == "ABC123ガ")
  }

  @Test("Katakana transliterates to Latin")
  func transliteration() throws {
    #expect(try Transliterator.latin(fromKatakana: "マクロン") == "makuron")
    #expect(try Transliterator.latin(fromKatakana: "ルコルニュ") == "rukorunyu")
  }

  @Test("An unknown transform is an error, not a crash")
  func unknownTransform() {
    #expect(throws: TextProcessingError.self) {
      try Transliterator.transform("abc", id: "No-Such-Transform")
    }
  }

  @Test("Display width counts CJK as two columns")
  func displayWidth() {
    #expect(TextCoreInfo.displayWidth(of: "日本 ab") == 7)
    #expect(TextCoreInfo.displayWidth(of: "e\u{0301}") == 1)
  }
}
