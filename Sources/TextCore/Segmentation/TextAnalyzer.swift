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
    // One shim call for both iterators, so the text is converted to UTF-16 once.
    let boundaries = try source.sentenceAndWordSegments(
      sentenceLocale: profile.sentenceBreakLocale,
      wordLocale: profile.wordBreakLocale
    )
    let sentences = SentenceSegmenter(profile: profile).sentenceRanges(
      in: source,
      ends: boundaries.sentenceEnds
    )
    var sentenceWords = SentenceWords(sentences: sentences)
    WordSegmenter(profile: profile).segment(
      source,
      ends: boundaries.wordEnds,
      statuses: boundaries.wordStatuses,
      into: &sentenceWords
    )
    let wordLists = sentenceWords.finish()
    let reader = NumberReader(profile: profile)
    var result = [AnalyzedSentence]()
    result.reserveCapacity(sentences.count)
    var candidates = [NumberReader.SpelloutCandidate]()
    for (sentence, words) in zip(sentences, wordLists) {
      var numbers = [NumberMention]()
      if readsNumbers {
        numbers = reader.digitNumbers(in: sentence.whole, of: source)
        candidates += reader.spelloutCandidates(
          in: sentence.whole,
          of: source,
          words: words[...],
          skipping: numbers
        )
      }
      result.append(
        AnalyzedSentence(
          text: source.slice(sentence.text),
          utf8Range: sentence.whole,
          words: words,
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

/// Gathers words, as they come in order, into the sentences whose ranges hold them.
///
/// A word that straddles two sentences, or lies between them or after the last, goes to none.
private struct SentenceWords: WordSink {
  private let sentences: [(text: Range<Int>, whole: Range<Int>)]
  private var wordLists = [[Word]]()
  private let collected = WordCollector()

  init(sentences: [(text: Range<Int>, whole: Range<Int>)]) {
    self.sentences = sentences
    wordLists.reserveCapacity(sentences.count)
  }

  @inline(__always)
  mutating func take(_ word: consuming Word) {
    while wordLists.count < sentences.count
      && sentences[wordLists.count].whole.upperBound < word.utf8Range.upperBound
    {
      wordLists.append(collected.takeAll())
    }
    if wordLists.count < sentences.count
      && sentences[wordLists.count].whole.lowerBound <= word.utf8Range.lowerBound
    {
      collected.take(word)
    }
  }

  /// The words of each sentence, in the order of the sentences.
  mutating func finish() -> [[Word]] {
    while wordLists.count < sentences.count { wordLists.append(collected.takeAll()) }
    return wordLists
  }
}
