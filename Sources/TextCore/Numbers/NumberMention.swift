/// A number as written in a text, with the value it reads as.
public struct NumberMention: Sendable, Hashable, Codable {
  /// How a number is written.
  public enum Notation: String, Sendable, Hashable, Codable {
    /// With digits of any script, possibly with a scale word (`1,234.5`, `３．５`, `1.2 million`).
    case digits
    /// With kanji numerals, possibly mixed with digits (`二千二十三`, `１億２千万`, `3万5000`).
    case numerals
    /// Spelled out in words (`two`, `quatre-vingt-dix`).
    case words
  }

  /// The number as written, including its scale word.
  public var text: String
  /// The value as a plain decimal string (`120000000`, `1234.5`), never in exponent notation.
  public var value: String
  /// The UTF-8 byte range of the number in the original text.
  public var utf8Range: Range<Int>
  /// How the number is written.
  public var notation: Notation

  /// Creates a number mention.
  public init(text: String, value: String, utf8Range: Range<Int>, notation: Notation) {
    self.text = text
    self.value = value
    self.utf8Range = utf8Range
    self.notation = notation
  }
}
