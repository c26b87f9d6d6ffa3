/// A sentence with its words and numbers, as `storydiff segment` prints it.
public struct AnalyzedSentence: Sendable, Hashable, Codable {
  /// The sentence as written, without the white space that follows it.
  ///
  /// Sentences the analyzer makes keep a reference to the analyzed text and make the string only
  /// when it is asked for, as words do (see `Word.text`).
  public var text: String {
    get {
      switch storage {
      case .slice(let source, let range): SourceText.string(range, of: source)
      case .spelled(let text): text
      }
    }
    set { storage = .spelled(newValue) }
  }
  /// The UTF-8 byte range of the sentence in the original text (see `Sentence.utf8Range`).
  public var utf8Range: Range<Int>
  /// The words of the sentence, with ranges in the original text.
  public var words: [Word]
  /// The numbers of the sentence, with ranges in the original text.
  public var numbers: [NumberMention]
  /// The text, as a string or as a range of the analyzed text.
  private var storage: Storage

  /// Where a sentence's text is held.
  private enum Storage: Sendable {
    /// The UTF-8 range (on scalar boundaries) of a string.
    case slice(String, Range<Int>)
    /// A string.
    case spelled(String)
  }

  /// Creates an analyzed sentence.
  public init(text: String, utf8Range: Range<Int>, words: [Word], numbers: [NumberMention]) {
    self.storage = .spelled(text)
    self.utf8Range = utf8Range
    self.words = words
    self.numbers = numbers
  }

  /// Creates the analyzed sentence whose text is `textRange` (UTF-8, on scalar boundaries) of
  /// `source`.
  init(
    textRange: Range<Int>,
    of source: String,
    utf8Range: Range<Int>,
    words: [Word],
    numbers: [NumberMention]
  ) {
    self.storage = .slice(source, textRange)
    self.utf8Range = utf8Range
    self.words = words
    self.numbers = numbers
  }

  /// Whether two sentences have equal text (as strings compare), range, words and numbers.
  public static func == (lhs: AnalyzedSentence, rhs: AnalyzedSentence) -> Bool {
    lhs.utf8Range == rhs.utf8Range && lhs.words == rhs.words && lhs.numbers == rhs.numbers
      && lhs.text == rhs.text
  }

  /// Hashes the text, range, words and numbers.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(utf8Range)
    hasher.combine(words)
    hasher.combine(numbers)
  }

  private enum CodingKeys: String, CodingKey {
    case text
    case utf8Range
    case words
    case numbers
  }

  /// Creates a sentence from its encoded text, range, words and numbers.
  ///
  /// - Throws: `DecodingError` when a field is missing or of the wrong type.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      text: try container.decode(String.self, forKey: .text),
      utf8Range: try container.decode(Range<Int>.self, forKey: .utf8Range),
      words: try container.decode([Word].self, forKey: .words),
      numbers: try container.decode([NumberMention].self, forKey: .numbers)
    )
  }

  /// Encodes the text, range, words and numbers.
  ///
  /// - Throws: `EncodingError` when the encoder fails.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(utf8Range, forKey: .utf8Range)
    try container.encode(words, forKey: .words)
    try container.encode(numbers, forKey: .numbers)
  }
}

/// Runs sentence segmentation, word segmentation and number reading over one text.
///
/// Each ICU iterator runs once over the whole text; words are then assigned to sentences by
/// their ranges, which is much cheaper than opening an iterator per sentence.
public struct TextAnalyzer: Sendable {
  /// The language data the analyzer follows.
  public let profile: LanguageProfile
  /// Whether ICU's word iterator runs on a second thread for texts of 64 KB or more.
  ///
  /// The sentences are found and the words gathered on the caller's thread meanwhile. The
  /// result is the same either way; turn it off when the caller already keeps every core busy.
  public var findsWordsConcurrently = true

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
    // One conversion of the text to UTF-16 for both iterators; the word boundaries come in
    // chunks, while the words are gathered into sentences.
    let boundaries = try source.segments(
      sentenceLocale: profile.sentenceBreakLocale,
      wordLocale: profile.wordBreakLocale,
      concurrent: findsWordsConcurrently ? nil : false
    )
    let sentences = SentenceSegmenter(profile: profile).sentenceRanges(
      in: source,
      ends: boundaries.sentenceEnds
    )
    let reader = NumberReader(profile: profile)
    var sentenceWords = SentenceWords(
      sentences: sentences,
      source: source,
      text: text,
      reader: readsNumbers ? reader : nil
    )
    WordSegmenter(profile: profile).segment(source, boundaries: boundaries, into: &sentenceWords)
    let (analyzed, candidates) = sentenceWords.finish()
    var result = consume analyzed
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

/// Gathers words, as they come in order, into the sentences whose ranges hold them, and makes
/// each sentence's `AnalyzedSentence` as soon as its last word is in.
///
/// A word that straddles two sentences, or lies between them or after the last, goes to none.
/// Finishing each sentence while its words are still in the cache is much cheaper than going
/// back over thousands of word lists at the end.
private struct SentenceWords: WordSink {
  private let sentences: [(text: Range<Int>, whole: Range<Int>)]
  private let source: SourceText
  /// The text `source` holds, for the sentences' own text.
  private let text: String
  /// The reader of digit numbers and spelled-out candidates, or `nil` when numbers are not read.
  private let reader: NumberReader?
  private let collected = WordCollector()
  /// The whole range of the sentence words are gathered for; past the last, an empty range no
  /// word reaches.
  private var current: Range<Int>
  /// The finished sentences, in order.
  private var analyzed = [AnalyzedSentence]()
  /// The spelled-out number candidates of the finished sentences, in order.
  private var candidates = [NumberReader.SpelloutCandidate]()

  init(
    sentences: [(text: Range<Int>, whole: Range<Int>)],
    source: SourceText,
    text: String,
    reader: NumberReader?
  ) {
    self.sentences = sentences
    self.source = source
    self.text = text
    self.reader = reader
    analyzed.reserveCapacity(sentences.count)
    current = sentences.first?.whole ?? Int.max..<Int.max
  }

  @inline(__always)
  mutating func take(_ word: consuming Word) {
    if current.upperBound < word.utf8Range.upperBound { finishSentences(before: word.utf8Range) }
    if current.lowerBound <= word.utf8Range.lowerBound { collected.take(word) }
  }

  /// Finishes the sentences that end before `range` does and makes the next one current.
  private mutating func finishSentences(before range: Range<Int>) {
    while analyzed.count < sentences.count
      && sentences[analyzed.count].whole.upperBound < range.upperBound
    {
      finishSentence()
    }
    current =
      analyzed.count < sentences.count ? sentences[analyzed.count].whole : Int.max..<Int.max
  }

  /// Makes the current sentence's `AnalyzedSentence` from the words gathered for it.
  private mutating func finishSentence() {
    let sentence = sentences[analyzed.count]
    let words = collected.takeAll()
    var numbers = [NumberMention]()
    if let reader {
      numbers = reader.digitNumbers(in: sentence.whole, of: source)
      candidates += reader.spelloutCandidates(
        in: sentence.whole,
        of: source,
        words: words[...],
        skipping: numbers
      )
    }
    analyzed.append(
      AnalyzedSentence(
        textRange: sentence.text,
        of: text,
        utf8Range: sentence.whole,
        words: words,
        numbers: numbers
      )
    )
  }

  /// Every sentence, analyzed, and the spelled-out number candidates, in order; both are moved
  /// out.
  mutating func finish() -> ([AnalyzedSentence], [NumberReader.SpelloutCandidate]) {
    while analyzed.count < sentences.count { finishSentence() }
    var sentences = [AnalyzedSentence]()
    var spellouts = [NumberReader.SpelloutCandidate]()
    swap(&sentences, &analyzed)
    swap(&spellouts, &candidates)
    return (sentences, spellouts)
  }
}
