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
    let source = SourceText(text)
    let sentences = try SentenceSegmenter(profile: profile).sentenceRanges(in: source)
    let words = try WordSegmenter(profile: profile).words(in: source)
    let reader = NumberReader(profile: profile)
    var result = [AnalyzedSentence]()
    result.reserveCapacity(sentences.count)
    var candidates = [NumberReader.SpelloutCandidate]()
    var wordIndex = 0
    for sentence in sentences {
      while wordIndex < words.count
        && words[wordIndex].utf8Range.lowerBound < sentence.whole.lowerBound
      {
        wordIndex += 1
      }
      var end = wordIndex
      while end < words.count && words[end].utf8Range.upperBound <= sentence.whole.upperBound {
        end += 1
      }
      let sentenceWords = words[wordIndex..<end]
      wordIndex = end
      var numbers = [NumberMention]()
      if readsNumbers {
        numbers = reader.digitNumbers(in: sentence.whole, of: source)
        candidates += reader.spelloutCandidates(
          in: sentence.whole,
          of: source,
          words: sentenceWords,
          skipping: numbers
        )
      }
      result.append(
        AnalyzedSentence(
          text: source.slice(sentence.text),
          utf8Range: sentence.whole,
          words: Array(sentenceWords),
          numbers: numbers
        )
      )
    }
    // Spelled-out numbers of the whole text are parsed in one ICU call, then given to their
    // sentences.
    var spelled = try reader.spelledOutNumbers(candidates, of: source)[...]
    if !spelled.isEmpty {
      for index in result.indices {
        let range = result[index].utf8Range
        let mine = spelled.prefix { $0.utf8Range.lowerBound < range.upperBound }
        guard !mine.isEmpty else { continue }
        spelled = spelled.dropFirst(mine.count)
        result[index].numbers = (result[index].numbers + mine).sorted {
          $0.utf8Range.lowerBound < $1.utf8Range.lowerBound
        }
      }
    }
    return result
  }
}
