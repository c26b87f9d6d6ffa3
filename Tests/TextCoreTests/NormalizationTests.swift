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

  /// The quick check drops runs of NFC starters (ASCII, accented letters) but their last, so a
  /// mark after accented letters must still be seen with the letter before it, and marks on
  /// either side of a run must not meet (issue #2).
  @Test(
    "The NFC quick check sees marks after accented letters",
    arguments: [
      ("déjà vu, Élysée, Ωμέγα, Привет", true),
      ("déja\u{0300} vu", false),  // a + grave composes to à
      ("éé\u{0301}e\u{0301}", false),
      ("à\u{0323}", false),  // dot below sorts before the grave and composes with a
      // Overline (class 230) and grave below (220) compose with nothing: in order only because
      // the accented letters stand between them.
      ("a\u{0305}éé\u{0316}", true),
      ("a\u{0305}\u{0316}", false),
      ("Ça va\u{0327}", false),  // a + cedilla stays as two, but the check cannot say yes
      ("日本語のテキスト", true),
    ]
  )
  func quickCheckSeesMarks(_ text: String, _ isNFC: Bool) throws {
    let bytes = Array(text.utf8)
    let checked = bytes.withUnsafeBufferPointer { ICU.isNormalized(utf8: $0, form: .nfc) }
    let composed = try ICU.normalize(utf8: bytes, form: .nfc)
    #expect(checked == isNFC)
    if checked { #expect(composed == bytes) }
    if !isNFC {
      #expect(try TextNormalizer.display(text) == String(decoding: composed, as: UTF8.self))
    }
  }

  /// Printable ASCII is keyed without ICU (issue #2: number reading keys every word); the
  /// result must be ICU's own.
  @Test(
    "Keys of printable ASCII are ICU's keys",
    arguments: [
      "Two", "TWENTY-one", "  Mr.  Kishida's `deal` ", "U.S. $1,234.5 (approx.)", "a", " ",
      "", "~!@#%^&*_+={}[]|\\:;\"'<>?/", "Elysee  Palace",
    ]
  )
  func asciiKeysAreICUs(_ text: String) throws {
    #expect(TextNormalizer.printableASCIIKey(text) != nil)
    #expect(try TextNormalizer.key(text) == TextNormalizer.icuKey(text))
  }

  @Test("Text beyond printable ASCII is keyed by ICU")
  func nonASCIIKeysGoToICU() throws {
    for text in ["Élysée", "tab\there", "line\nbreak", "ＡＢＣ", "Œuvre"] {
      #expect(TextNormalizer.printableASCIIKey(text) == nil)
    }
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

  /// ICU's own `Katakana-Latin` writes `vu~a`, `u~i`, `to~u`: it marks small kana it cannot join
  /// to the syllable before with `~`.
  @Test(
    "Small kana join the syllable before them",
    arguments: [
      ("マテオ・コヴァチッチ", "mateo・kovachitchi"), ("ウィリアム", "wiriamu"), ("ウォール", "woru"),
      ("トゥール", "turu"), ("ツァー", "tsa"), ("クァルテット", "kwarutetto"), ("イェール", "yeru"),
      ("デュポン", "dyupon"), ("ァ", "a"),
    ]
  )
  func smallKana(_ katakana: String, _ latin: String) throws {
    #expect(try Transliterator.latin(fromKatakana: katakana) == latin)
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
