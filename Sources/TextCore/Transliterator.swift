/// Transliterates text between scripts with ICU's transforms.
public enum Transliterator {
  /// Katakana in Latin letters, ASCII only (`マクロン` → `makuron`), for matching names across
  /// scripts.
  ///
  /// - Throws: `TextProcessingError` when ICU fails.
  public static func latin(fromKatakana text: String) throws(TextProcessingError) -> String {
    try transform(text, id: "Katakana-Latin; Latin-ASCII")
  }

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
