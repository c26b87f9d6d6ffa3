/// Transliterates text between scripts with ICU's transforms.
public enum Transliterator {
  /// Katakana in Latin letters, ASCII only (`マクロン` → `makuron`), for matching names across
  /// scripts.
  ///
  /// - Throws: `TextProcessingError` when ICU fails.
  public static func latin(fromKatakana text: String) throws(TextProcessingError) -> String {
    try katakanaLatin.get()
    return try transform(text, id: katakanaLatinID)
  }

  /// The ID under which `katakanaLatinRules` are registered with ICU.
  static let katakanaLatinID = "Katakana-Latin/StoryDiff"

  /// ICU's `Katakana-Latin` and `Latin-ASCII`, then a pass over the small kana that ICU could not
  /// join to the syllable before and marked with `~` (`ヴァ` → `vu~a`, `ウィ` → `u~i`, `トゥ` →
  /// `to~u`): the vowel before the mark goes (`va`, `tu`), a lone `u` or `i` becomes `w` or `y`
  /// (`wi`, `ye`), and `ku`/`gu` before it become `kw`/`gw`.
  static let katakanaLatinRules = """
    :: Katakana-Latin ;
    :: Latin-ASCII ;
    :: Null ;
    [kg] { u '~' > w ;
    [^a-z] { u '~' > w ;
    [^a-z] { i '~' > y ;
    [aeiou] '~' > ;
    '~' > ;
    """

  /// `katakanaLatinRules` registered with ICU once per process.
  private static let katakanaLatin: Result<Void, TextProcessingError> = {
    Result { () throws(TextProcessingError) in
      try ICU.registerTransform(id: katakanaLatinID, rules: katakanaLatinRules)
    }
  }()

  /// Any script in ASCII Latin letters (`東京` → `dong jing`, `Élysée` → `Elysee`).
  ///
  /// - Throws: `TextProcessingError` when ICU fails.
  public static func latinASCII(_ text: String) throws(TextProcessingError) -> String {
    try transform(text, id: "Any-Latin; Latin-ASCII")
  }

  /// Applies the ICU transform `id` (see ICU's transform IDs, such as `Hiragana-Katakana`).
  ///
  /// - Throws: `TextProcessingError` when the transform is unknown or ICU fails.
  public static func transform(_ text: String, id: String) throws(TextProcessingError) -> String {
    String(decoding: try ICU.transliterate(Array(text.utf16), id: id), as: UTF16.self)
  }
}
