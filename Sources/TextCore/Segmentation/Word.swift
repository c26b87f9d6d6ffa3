/// One word (or number, or punctuation mark) of a text, with where it stands in the original.
public struct Word: Sendable, Hashable, Codable {
  /// What a word is made of.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Letters, kana or ideographs (`Macron`, `l'`, `マクロン`, `大統領`).
    case word
    /// A number written with digits (`1,234.5`, `１億`).
    case number
    /// A punctuation mark (`.`, `「`, `・`).
    case punctuation
    /// Anything else that is not white space (`%`, `$`, emoji).
    case symbol
  }

  /// The word as written.
  public var text: String
  /// The UTF-8 byte range of the word in the original text.
  public var utf8Range: Range<Int>
  /// What the word is made of.
  public var kind: Kind

  /// Creates a word.
  public init(text: String, utf8Range: Range<Int>, kind: Kind) {
    self.text = text
    self.utf8Range = utf8Range
    self.kind = kind
  }
}
