/// A sentence with its words and numbers, as `storydiff segment` prints it.
public struct AnalyzedSentence: Sendable, Hashable, Codable {
  /// The sentence as written, without the white space that follows it.
  public var text: String
  /// The UTF-8 byte range of the sentence in the original text (see `Sentence.utf8Range`).
  public var utf8Range: Range<Int>
  /// The words of the sentence, with ranges in the original text.
  public var words: [Word]
  /// The numbers of the sentence, with ranges in the original text.
  public var numbers: [NumberMention]

  /// Creates an analyzed sentence.
  public init(text: String, utf8Range: Range<Int>, words: [Word], numbers: [NumberMention]) {
    self.text = text
    self.utf8Range = utf8Range
    self.words = words
    self.numbers = numbers
  }
}

/// Runs sentence segmentation, word segmentation and number reading over one text.
///
/// Each ICU iterator runs once over the whole text; words are then assigned to sentences by
/// their ranges, which is much cheaper than opening an iterator per sentence.
public struct TextAnalyzer: Sendable {
  /// The language data the analyzer follows.
  public let profile: LanguageProfile

  /// Creates an analyzer with the bundled dictionaries of `language`.
  ///
  /// - Throws: `TextProcessingError` when the bundled dictionaries cannot be read.
  public init(language: Language) throws(TextProcessingError) {
    self.profile = try LanguageProfile.bundled(language)
  }

  /// Creates an analyzer following `profile`.
  public init(profile: LanguageProfile) { self.profile = profile }

  /// The sentences of `text` with their words and, when `readsNumbers`, their numbers.
  ///
  /// - Throws: `TextProcessingError` when ICU fails.
  /// - Complexity: O(n) in the length of the text.
  public func analyze(
    _ text: String,
    readsNumbers: Bool = true
  ) throws(TextProcessingError) -> [AnalyzedSentence] {
    let sentences = try SentenceSegmenter(profile: profile).sentences(in: text)
    let words = try WordSegmenter(profile: profile).words(in: text)
    let source = SourceText(text)
    let reader = NumberReader(profile: profile)
    var result = [AnalyzedSentence]()
    result.reserveCapacity(sentences.count)
    var wordIndex = 0
    for sentence in sentences {
      while wordIndex < words.count
        && words[wordIndex].utf8Range.lowerBound < sentence.utf8Range.lowerBound
      {
        wordIndex += 1
      }
      var end = wordIndex
      while end < words.count && words[end].utf8Range.upperBound <= sentence.utf8Range.upperBound {
        end += 1
      }
      let sentenceWords = Array(words[wordIndex..<end])
      wordIndex = end
      let numbers =
        readsNumbers
        ? try reader.numbers(in: sentence.utf8Range, of: source, words: sentenceWords) : []
      result.append(
        AnalyzedSentence(
          text: sentence.text,
          utf8Range: sentence.utf8Range,
          words: sentenceWords,
          numbers: numbers
        )
      )
    }
    return result
  }
}
