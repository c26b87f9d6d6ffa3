/// One sentence of a text, with where it stands in the original.
public struct Sentence: Sendable, Hashable, Codable {
  /// The sentence as written, without the white space that follows it.
  public var text: String
  /// The UTF-8 byte range of the sentence in the original text.
  ///
  /// As with ICU's sentence boundaries, the range runs up to the start of the next sentence, so
  /// it includes the white space after the sentence; `text` does not.
  public var utf8Range: Range<Int>

  /// Creates a sentence.
  public init(text: String, utf8Range: Range<Int>) {
    self.text = text
    self.utf8Range = utf8Range
  }
}
