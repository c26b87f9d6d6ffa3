import TextCore

/// One statement an article makes, with the language-independent anchors it is compared by.
///
/// A claim is a sentence of an article (or, later, a clause of a long one). Its anchors mean the
/// same thing in every language: `マクロン大統領`, `President Emmanuel Macron` and
/// `le président Macron` all carry the entity `Emmanuel Macron`; `約１年`, `about a year` and
/// `environ un an` all carry the quantity 1 year, approximate.
public struct Claim: Sendable, Hashable, Codable {
  /// The id of the article that makes the claim.
  public var article: String
  /// The index of the claim's sentence in its article (0-based).
  public var sentence: Int
  /// The sentence as written.
  public var text: String
  /// The UTF-8 byte range of the sentence in the article's text.
  public var utf8Range: Range<Int>
  /// The named entities the claim mentions, in order.
  public var entities: [EntityMention]
  /// The quantities the claim states, in order.
  public var quantities: [QuantityMention]
  /// The dates and times the claim mentions, resolved against the publication date.
  public var dates: [DateMention]
  /// The quotes the claim contains, with their speakers.
  public var quotes: [QuoteMention]
  /// Language-independent concept ids of the claim's content words (English lemmas), sorted.
  public var concepts: [String]
  /// Weaker senses of the claim's words; a comparison counts one only when another article of
  /// the story has it too.
  ///
  /// The senses beyond `ClaimExtractor.Options.maximumConceptsPerWord`, and for French and
  /// Japanese words the Japanese side of their direct pairs in `lexicon/fr-ja.tsv` (`センター`
  /// for `centre`, and for `センター`); sorted, without the concepts.
  public var weakerConcepts: [String]

  /// Creates a claim.
  public init(
    article: String,
    sentence: Int,
    text: String,
    utf8Range: Range<Int>,
    entities: [EntityMention] = [],
    quantities: [QuantityMention] = [],
    dates: [DateMention] = [],
    quotes: [QuoteMention] = [],
    concepts: [String] = [],
    weakerConcepts: [String] = []
  ) {
    self.article = article
    self.sentence = sentence
    self.text = text
    self.utf8Range = utf8Range
    self.entities = entities
    self.quantities = quantities
    self.dates = dates
    self.quotes = quotes
    self.concepts = concepts
    self.weakerConcepts = weakerConcepts
  }
}

/// A named entity as written in a claim, with the canonical name shared by all languages.
public struct EntityMention: Sendable, Hashable, Codable {
  /// What kind of thing an entity is.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A person (`Emmanuel Macron`).
    case person
    /// A country, region, city or other place (`France`, `Paris`, `Indo-Pacific`).
    case place
    /// An organisation, institution or armed force (`NATO`, `Self-Defense Forces`).
    case organisation
    /// Anything else with a name.
    case other
  }

  /// The entity as written (`マクロン`, `le président Macron` without the title).
  public var text: String
  /// One English name for the entity, the same in every language (`Emmanuel Macron`).
  public var canonical: String
  /// What kind of thing the entity is.
  public var kind: Kind
  /// The UTF-8 byte range of the mention in the article's text.
  public var utf8Range: Range<Int>
  /// Whether `canonical` comes from an exact match in the name table.
  ///
  /// `true` for a name, alias or word order of the table, or a lexicon translation to a table
  /// name; `false` for a name linked only approximately (katakana transliteration, spelling,
  /// kanji readings) or kept as written.
  public var isExactlyLinked: Bool

  /// Creates an entity mention.
  public init(
    text: String,
    canonical: String,
    kind: Kind,
    utf8Range: Range<Int>,
    isExactlyLinked: Bool = true
  ) {
    self.text = text
    self.canonical = canonical
    self.kind = kind
    self.utf8Range = utf8Range
    self.isExactlyLinked = isExactlyLinked
  }
}

/// A quantity stated in a claim: a value, its unit and how exactly it is meant.
public struct QuantityMention: Sendable, Hashable, Codable {
  /// How a quantity is hedged (from `dictionaries/<lang>/hedges.tsv`).
  public enum Qualifier: String, Sendable, Hashable, Codable, CaseIterable {
    /// `about`, `environ`, `約`.
    case approximate
    /// `at least`, `au moins`, `少なくとも`.
    case atLeast = "at-least"
    /// `at most`, `au plus`, `最大`.
    case atMost = "at-most"
    /// `less than`, `moins de`, `未満`.
    case lessThan = "less-than"
    /// `more than`, `plus de`, `以上`, `超`.
    case moreThan = "more-than"
    /// `nearly`, `près de`, `近く`.
    case nearly
    /// `up to`, `jusqu'à`.
    case upTo = "up-to"
  }

  /// The quantity as written, hedge and unit included (`about two years`, `約２時間`).
  public var text: String
  /// The value as a plain decimal string (`2`, `120000000`, `3.5`).
  public var value: String
  /// The upper value of a range (`3 to 5 days` → `5`), or `nil`.
  public var upperValue: String?
  /// The unit, normalized to one English word shared by all languages (`year`, `hour`, `person`,
  /// `km`, `percent`, `yen`), or `nil` for a bare number.
  public var unit: String?
  /// How the value is hedged, or `nil` when it is stated exactly.
  public var qualifier: Qualifier?
  /// The UTF-8 byte range of the quantity in the article's text.
  public var utf8Range: Range<Int>

  /// Creates a quantity mention.
  public init(
    text: String,
    value: String,
    upperValue: String? = nil,
    unit: String?,
    qualifier: Qualifier?,
    utf8Range: Range<Int>
  ) {
    self.text = text
    self.value = value
    self.upperValue = upperValue
    self.unit = unit
    self.qualifier = qualifier
    self.utf8Range = utf8Range
  }
}

/// A date or time mentioned in a claim, resolved to ISO 8601 at the precision the text gives.
public struct DateMention: Sendable, Hashable, Codable {
  /// How much of a date the text gives.
  public enum Precision: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// `2023`, `last year`.
    case year
    /// `December 2023`, `昨年12月`.
    case month
    /// `May 2, 2024`, `Thursday`, `2日`.
    case day
    /// `1:35 p.m.`, `13 h 35`, `午後8時35分`.
    case minute

    private var rank: Int {
      switch self {
      case .year: 0
      case .month: 1
      case .day: 2
      case .minute: 3
      }
    }

    /// Coarser precisions sort first.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
  }

  /// The date as written (`Thursday`, `昨年12月`, `日本時間2日午後8時35分`).
  public var text: String
  /// ISO 8601 at `precision`: `2024`, `2024-05`, `2024-05-02`, `2024-05-02T20:35+09:00` (a time
  /// carries its offset when the text or the context gives one, `2024-05-02T13:35` otherwise).
  public var value: String
  /// How much of a date the text gives.
  public var precision: Precision
  /// Whether the date was resolved from a relative expression (`Thursday`, `hier`, `昨年`).
  public var isRelative: Bool
  /// The UTF-8 byte range of the date in the article's text.
  public var utf8Range: Range<Int>

  /// Creates a date mention.
  public init(
    text: String,
    value: String,
    precision: Precision,
    isRelative: Bool,
    utf8Range: Range<Int>
  ) {
    self.text = text
    self.value = value
    self.precision = precision
    self.isRelative = isRelative
    self.utf8Range = utf8Range
  }
}

/// A quote in a claim and who said it.
public struct QuoteMention: Sendable, Hashable, Codable {
  /// The quoted words, without the quotation marks.
  public var text: String
  /// The speaker as written (`a Japanese government official`, `外務省幹部`), or `nil` when the
  /// article does not say.
  public var speaker: String?
  /// The speaker's canonical name when the speaker is a known entity (`Emmanuel Macron`).
  public var speakerCanonical: String?
  /// The UTF-8 byte range of the quoted words in the article's text.
  public var utf8Range: Range<Int>

  /// Creates a quote mention.
  public init(text: String, speaker: String?, speakerCanonical: String?, utf8Range: Range<Int>) {
    self.text = text
    self.speaker = speaker
    self.speakerCanonical = speakerCanonical
    self.utf8Range = utf8Range
  }
}
