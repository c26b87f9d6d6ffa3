import Lexicon
import TextCore

/// Turns an article into claims: one per sentence, with its entities, quantities, dates,
/// quotes and concepts.
///
/// Sentences come from `TextAnalyzer` run over the article's `text` (its paragraphs joined by
/// blank lines), and every `utf8Range` of a claim and its anchors indexes the UTF-8 bytes of
/// that `text`, not the input file (see `Article.rangeBasis` for the paragraphs' ranges).
///
/// ```swift
/// let extractor = try ClaimExtractor()
/// let claims = try extractor.claims(in: article)
/// claims[0].entities.map(\.canonical)  // ["France", "Japan", "Indo-Pacific", "Ukraine"]
/// ```
public struct ClaimExtractor: Sendable {
  /// Settings that tailor extraction.
  public struct Options: Sendable, Hashable {
    /// Whether names missing from the name table are linked by transliteration, readings and
    /// fuzzy matching (`ルコルニュ` → Sébastien Lecornu).
    public var linksUnknownNames = true
    /// Whether unknown capitalised names, katakana names and acronyms become entities named as
    /// written when they cannot be linked.
    public var keepsUnlinkedNames = true
    /// The most concepts one word contributes (a word has one concept per sense); a
    /// one-character Japanese word contributes one.
    public var maximumConceptsPerWord = 2
    /// The most weaker senses one word adds to `Claim.weakerConcepts`, after its
    /// `maximumConceptsPerWord` strongest.
    ///
    /// Senses rank by how many sources give them, and ties go alphabetically, so a word's
    /// strongest two are often not the sense a translation uses (French `surveiller`: advert,
    /// audit; Japanese `監視`: monitoring, surveillance). A comparison counts a weaker sense
    /// only when another article of the story has it. Measured with `Benchmarks evaluate`
    /// against 0 (none): with one side's blocks shuffled and 20-40% edited, alignment F1 rose
    /// 0.966 → 0.967 (FLORES fr-ja), 0.969 → 0.972 (NTREX en-fr), 0.962 → 0.964 (NTREX en-ja)
    /// and 0.931 → 0.941 (NTREX fr-ja); in order NTREX fr-ja fell 0.989 → 0.986. At 3 and 4,
    /// NTREX fr-ja edited was 0.937 and 0.939. Two strongest senses for every word and three
    /// (`maximumConceptsPerWord`) gained on NTREX (fr-ja edited 0.938) but lost on FLORES fr-ja
    /// (edited 0.966 → 0.960): unshared senses only add mass.
    public var maximumWeakerConceptsPerWord = 2
    /// Creates options with the default settings.
    public init() {}
  }

  /// The lexicon the extractor reads names, lists and concepts from.
  public let lexicon: Lexicon
  /// The settings in force.
  public var options: Options
  let profiles: [LanguageProfile]
  let linker: NameLinker
  /// English stop words, as keys: concepts made only of them (`as for`, `the`) say nothing.
  let englishStopWords: Set<String>

  /// Creates an extractor with the bundled dictionaries.
  ///
  /// - Throws: `ArticleError` when the bundled dictionaries cannot be read.
  public init(options: Options = Options()) throws(ArticleError) {
    let lexicon: Lexicon
    do {
      lexicon = try Lexicon.bundled()
    } catch {
      throw .dictionaries(reason: error.description)
    }
    var profiles = [LanguageProfile]()
    for language in Language.allCases {
      do {
        profiles.append(try LanguageProfile.bundled(language))
      } catch {
        throw .dictionaries(reason: error.description)
      }
    }
    self.init(lexicon: lexicon, profiles: profiles, options: options)
  }

  /// Creates an extractor whose lexicon and language profiles come from `dictionaries`.
  ///
  /// Only what `languages` need is loaded: their profiles (each takes tens of milliseconds)
  /// and the lexicon tables their words need (see `Lexicon.load(from:languages:)`). An article
  /// in another language then uses its bundled profile and finds fewer concepts.
  ///
  /// - Throws: `ArticleError` naming the dictionary file (and line) that is missing or
  ///   malformed.
  public init(
    dictionaries: any DictionarySource,
    languages: [Language] = Language.allCases,
    options: Options = Options()
  ) throws(ArticleError) {
    let lexicon: Lexicon
    do {
      lexicon = try Lexicon.load(from: dictionaries, languages: Set(languages))
    } catch {
      throw .dictionaries(reason: error.description)
    }
    var profiles = [LanguageProfile]()
    for language in languages {
      do {
        profiles.append(try LanguageProfile.load(language, from: dictionaries))
      } catch {
        throw .dictionaries(reason: error.description)
      }
    }
    self.init(lexicon: lexicon, profiles: profiles, options: options)
  }

  /// Creates an extractor over a loaded lexicon and the language profiles to segment with.
  ///
  /// A language without a profile in `profiles` uses its bundled profile.
  public init(lexicon: Lexicon, profiles: [LanguageProfile], options: Options = Options()) {
    self.lexicon = lexicon
    self.profiles = profiles
    self.options = options
    self.linker = NameLinker(lexicon: lexicon)
    self.englishStopWords = lexicon.lists(for: .english).stopWords
  }

  /// The claims of `article`, one per sentence, with dates resolved against `published`
  /// (by default the article's own publication date).
  ///
  /// Relative dates (`Thursday`, `hier`, `昨年12月`) are left out when there is no publication
  /// date to resolve them against.
  ///
  /// - Throws: `ArticleError` when the article's language profile cannot be loaded or ICU fails.
  /// - Complexity: O(n) in the length of the text, times the longest dictionary entry.
  public func claims(
    in article: Article,
    published: PublicationDate? = nil
  ) throws(ArticleError) -> [Claim] {
    let profile: LanguageProfile
    if let loaded = profiles.first(where: { $0.language == article.language }) {
      profile = loaded
    } else {
      do {
        profile = try LanguageProfile.bundled(article.language)
      } catch {
        throw .dictionaries(reason: error.description)
      }
    }
    let text = article.text
    let analyzed: [AnalyzedSentence]
    do {
      analyzed = try TextAnalyzer(profile: profile).analyze(text)
    } catch {
      throw .dictionaries(reason: error.description)
    }
    var state = ArticleState(
      text: ClaimText(text),
      language: article.language,
      lists: lexicon.lists(for: article.language),
      stopWords: profile.stopWords,
      published: published ?? article.published,
      numbers: NumberReader(profile: profile)
    )
    var claims = [Claim]()
    claims.reserveCapacity(analyzed.count)
    for (index, sentence) in analyzed.enumerated() {
      let range = state.text.trimmed(sentence.utf8Range)
      if range.isEmpty { continue }
      let span = SentenceSpan(
        index: index,
        utf8Range: range,
        words: sentence.words,
        numbers: sentence.numbers,
        scalars: state.text.scalars(in: range)
      )
      let dates = dates(in: span, state: &state)
      let dateRanges = dates.map(\.utf8Range)
      let entities = entities(in: span, excluding: dateRanges, state: &state)
      let quantities = quantities(in: span, state: state, excluding: dateRanges)
      let quotes = quotes(in: span, entities: entities, state: state)
      let (concepts, weakerConcepts) = concepts(
        in: span,
        excluding: entities.map(\.utf8Range) + dateRanges + quantities.map(\.utf8Range),
        state: state
      )
      claims.append(
        Claim(
          article: article.id,
          sentence: index,
          text: state.text.slice(range),
          utf8Range: range,
          entities: entities,
          quantities: quantities,
          dates: dates,
          quotes: quotes,
          concepts: concepts,
          weakerConcepts: weakerConcepts
        )
      )
    }
    return claims
  }
}

/// What the extractor remembers while it reads an article from start to end.
struct ArticleState {
  /// The article's text.
  let text: ClaimText
  /// The article's language.
  let language: Language
  /// The lists of that language.
  let lists: LanguageLists
  /// The language's stop words, as keys.
  let stopWords: Set<String>
  /// The publication date, if known.
  let published: PublicationDate?
  /// A number reader of the article's language (its separators), for the ends of ranges.
  let numbers: NumberReader
  /// Canonical names of the entities seen so far, so later short forms resolve to them.
  var seenEntities = Set<String>()
  /// The last date given to the day, the anchor of `the next day` and `翌日`.
  var lastDay: CalendarDay?
}

/// One sentence being turned into a claim.
struct SentenceSpan {
  /// The sentence's index in the article.
  let index: Int
  /// The sentence's range in the text, without trailing white space.
  let utf8Range: Range<Int>
  /// The sentence's words (ICU), with ranges in the text.
  let words: [Word]
  /// The sentence's numbers (TextCore), with ranges in the text.
  let numbers: [NumberMention]
  /// The sentence's scalars with their UTF-8 offsets in the text.
  let scalars: [(scalar: Unicode.Scalar, offset: Int)]

  /// The offset just past scalar `index` (or the sentence end).
  func offset(after index: Int) -> Int {
    index + 1 < scalars.count ? scalars[index + 1].offset : utf8Range.upperBound
  }

  /// The offset of scalar `index`, or the sentence end when past the last scalar.
  func offset(at index: Int) -> Int {
    index < scalars.count ? scalars[index].offset : utf8Range.upperBound
  }

  /// The index of the scalar at `offset`, or the scalar count when past the end.
  func scalarIndex(at offset: Int) -> Int {
    var low = 0
    var high = scalars.count
    while low < high {
      let middle = (low + high) / 2
      if scalars[middle].offset < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }
}

/// The text of an article as UTF-8 bytes, for slicing by byte ranges.
struct ClaimText {
  /// The UTF-8 bytes.
  let bytes: [UInt8]

  /// Wraps `string`.
  init(_ string: String) { bytes = Array(string.utf8) }

  /// The text of a byte range (clamped to the text).
  func slice(_ range: Range<Int>) -> String {
    String(decoding: bytes[range.clamped(to: 0..<bytes.count)], as: UTF8.self)
  }

  /// The comparison key of a byte range, or `nil` when it cannot be made.
  func key(_ range: Range<Int>) -> String? {
    LookupKey.makeIfPossible(slice(range))
  }

  /// The range without white space at either end.
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    let clamped = range.clamped(to: 0..<bytes.count)
    var lower = clamped.lowerBound
    var upper = clamped.upperBound
    let scalars = self.scalars(in: clamped)
    guard let first = scalars.firstIndex(where: { !$0.scalar.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.scalar.properties.isWhitespace })
    else { return lower..<lower }
    lower = scalars[first].offset
    upper = scalars[last].offset + UTF8.width(scalars[last].scalar)
    return lower..<upper
  }

  /// The scalars of a byte range with their offsets.
  func scalars(in range: Range<Int>) -> [(scalar: Unicode.Scalar, offset: Int)] {
    let clamped = range.clamped(to: 0..<bytes.count)
    var result = [(scalar: Unicode.Scalar, offset: Int)]()
    var iterator = bytes[clamped].makeIterator()
    var decoder = UTF8()
    var offset = clamped.lowerBound
    while case .scalarValue(let scalar) = decoder.decode(&iterator) {
      result.append((scalar, offset))
      offset += UTF8.width(scalar)
    }
    return result
  }
}
