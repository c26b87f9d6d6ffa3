import Articles
import TextCore

/// A language-independent handle a claim can share with claims of other articles.
struct Anchor: Hashable, Comparable {
  /// The kind of anchor, which sets its prior weight and its name in the report.
  var kind: ComparisonReport.AnchorKind
  /// The normalized value (`Emmanuel Macron`, `96 m`, `2024-05-02`, `negotiation`).
  var value: String

  static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.kind.order, lhs.value) < (rhs.kind.order, rhs.value)
  }

  /// The anchors of a claim, deduplicated and sorted; `stopWords` are left out of the words of
  /// concepts.
  ///
  /// - Throws: `TextProcessingError` when the comparison key of a token cannot be computed.
  static func anchors(
    of claim: Claim,
    stopWords: Set<String> = []
  ) throws(TextProcessingError) -> [Anchor] {
    var anchors = Set<Anchor>()
    for entity in claim.entities where !entity.canonical.isEmpty {
      anchors.insert(Anchor(kind: .entity, value: entity.canonical))
    }
    for quantity in claim.quantities {
      anchors.insert(Anchor(kind: .number, value: NormalizedValues.quantity(quantity)))
      // A count also gives its bare amount: `2.4 million people` and `2,4 millions` (whose
      // `de personnes` the extractor did not take as a unit) are one count. A measure does
      // not: `10 meters` and `dix minutes` are not one value.
      if let unit = quantity.unit, StoryIndex.countUnits.contains(unit) {
        anchors.insert(Anchor(kind: .number, value: NormalizedValues.amountKey(quantity)))
      }
      if let unit = quantity.unit, !unit.isEmpty {
        anchors.insert(Anchor(kind: .unit, value: unit))
      }
    }
    for date in claim.dates {
      for anchor in NormalizedValues.dateAnchors(date.value) {
        anchors.insert(Anchor(kind: anchor.isFull ? .date : .datePart, value: anchor.key))
      }
    }
    for quote in claim.quotes {
      if let speaker = quote.speakerCanonical, !speaker.isEmpty {
        anchors.insert(Anchor(kind: .speaker, value: speaker))
      }
    }
    for concept in claim.concepts where !concept.isEmpty {
      anchors.insert(Anchor(kind: .concept, value: concept))
      // Each word of a concept, so that a translation that names the same thing more or less
      // precisely (`upper body` and `body`, `political party` and `party`) still meets it. The
      // Japanese words that stand for direct French–Japanese pairs (`センター`) have none.
      guard !concept.unicodeScalars.contains(where: { $0.value >= 0x3000 }) else { continue }
      for word in concept.split(separator: " ") where word.count >= 3 {
        let word = String(word)
        if !stopWords.contains(word) { anchors.insert(Anchor(kind: .conceptWord, value: word)) }
      }
    }
    // Tokens repeat what the entities already say (`Macron`, `OECD`): leave those out.
    var entityWords = Set<String>()
    for entity in claim.entities {
      for word in try tokens(in: entity.text + " " + entity.canonical, capitalizedOnly: false) {
        entityWords.insert(word)
      }
    }
    for token in try tokens(in: claim.text) where !entityWords.contains(token) {
      anchors.insert(Anchor(kind: .token, value: token))
    }
    return anchors.sorted()
  }

  /// The words of a name as concept words (`National Trust`: national, trust).
  ///
  /// For a name that another article may translate or write in katakana as common words
  /// (`ナショナルトラスト`). Acronyms (`RAA`) are not words.
  static func words(
    ofName name: String,
    stopWords: Set<String>
  ) throws(TextProcessingError)
    -> [Anchor]
  {
    var words = [Anchor]()
    for part in name.split(separator: " ") where part.contains(where: { $0.isLowercase }) {
      for word in try tokens(in: String(part), capitalizedOnly: false)
      where word.count >= 3 && !stopWords.contains(word) {
        words.append(Anchor(kind: .conceptWord, value: word))
      }
    }
    return words
  }

  /// English suffixes that `stem(_:)` strips, longest first.
  static let stemSuffixes = [
    "ational", "ations", "ation", "ically", "ments", "ment", "ness", "ings", "ical", "ions",
    "ing", "ion", "ity", "ers", "ors", "ive", "ous", "ful", "ed", "es", "er", "or", "al", "ly",
    "ic", "s", "e", "y",
  ]

  /// A crude stem of an English word of a concept, under which the words of concepts that two
  /// lexicons give in different parts of speech meet (`complicate` and `complicated`, `history`
  /// and `historical`, `hours` and `hour`): `-ies` and `-ied` become `-y`, then up to two
  /// suffixes of `stemSuffixes` go, each leaving at least four letters.
  ///
  /// Cruder than Porter's stemmer on purpose: it only groups concept words, whose weight is low
  /// enough to absorb the unrelated words it conflates (`general`, `generous`). Stems are never
  /// shown: a story's concept words of one stem all count as the first of them (see
  /// `StoryIndex`).
  static func stem(_ word: String) -> String {
    var stem = word
    if stem.hasSuffix("ies") || stem.hasSuffix("ied") { stem = stem.dropLast(3) + "y" }
    for _ in 0..<2 {
      guard
        let suffix = stemSuffixes.first(where: {
          stem.hasSuffix($0) && stem.count - $0.count >= 4
        })
      else { break }
      stem = String(stem.dropLast(suffix.count))
    }
    return stem
  }

  /// The literal tokens of a sentence that survive translation.
  ///
  /// Words in Latin script that start with a capital or contain a digit (`OECD`, `VivaTech`,
  /// `G7`, `2019`), by their comparison key. Japanese and French text keep such tokens as
  /// written. The first word of a sentence counts only as an acronym or number.
  static func tokens(
    in text: String,
    capitalizedOnly: Bool = true
  ) throws(TextProcessingError) -> [String] {
    var tokens = [String]()
    var current = String.UnicodeScalarView()
    var isFirst = true
    func flush() throws(TextProcessingError) {
      defer {
        if !current.isEmpty { isFirst = false }
        current.removeAll()
      }
      guard current.count >= 2, let first = current.first else { return }
      let hasDigit = current.contains { isDigit($0) }
      let isAcronym = current.allSatisfy { $0.properties.isUppercase || isDigit($0) }
      // A capital at the start of a sentence says nothing (`The`, `Le`); acronyms and numbers do.
      if capitalizedOnly && isFirst && !hasDigit && !isAcronym { return }
      guard hasDigit || first.properties.isUppercase || !capitalizedOnly else { return }
      let key = try TextNormalizer.key(String(current))
      if !key.isEmpty { tokens.append(key) }
    }
    for scalar in text.unicodeScalars {
      if isTokenScalar(scalar) {
        current.append(scalar)
      } else {
        try flush()
      }
    }
    try flush()
    return tokens
  }

  /// Whether a scalar is an ASCII or full-width digit.
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar) || ("\u{FF10}"..."\u{FF19}").contains(scalar)
  }

  /// Letters of Latin, Greek and Cyrillic script, their full-width forms, and digits.
  private static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
    if isDigit(scalar) { return true }
    let value = scalar.value
    let isWesternLetter = value < 0x0530 || ("\u{1E00}"..."\u{1FFF}").contains(scalar)
    let isFullWidthLetter = (0xFF21...0xFF3A).contains(value) || (0xFF41...0xFF5A).contains(value)
    return (isWesternLetter || isFullWidthLetter) && scalar.properties.isAlphabetic
  }
}

extension ComparisonReport.AnchorKind {
  /// The prior weight of one anchor of this kind, before the story-level IDF.
  ///
  /// Exact numbers and names are the strongest evidence across languages; concepts come
  /// through dictionaries with many senses, so they count for less; a bare unit or a year that
  /// is only part of a fuller date counts for little. Set on the seed story and FLORES devtest
  /// (see `StoryComparer.Options`). A concept's word counts for less than a third of a concept:
  /// at 0.3 the seed's short `reciprocal access agreement (RAA)` sentence outscored its lead
  /// sentence against the readouts' RAA paragraph through the words of the one concept they
  /// share. At 0.15 the lead holds, and the words add 0.4 to 0.8 points of alignment F1 on
  /// FLORES and NTREX en-ja and fr-ja (`Benchmarks evaluate`, in order and with one side
  /// shuffled and edited alike; measured before stop words were left out of them).
  var priorWeight: Double {
    switch self {
    case .entity: 1.0
    case .number: 1.5
    case .unit: 0.2
    case .date: 1.0
    case .datePart: 0.3
    case .speaker: 0.8
    case .concept: 0.5
    case .conceptWord: 0.15
    case .token: 0.8
    }
  }

  var order: Int {
    switch self {
    case .entity: 0
    case .number: 1
    case .unit: 2
    case .date: 3
    case .datePart: 4
    case .speaker: 5
    case .concept: 6
    case .conceptWord: 7
    case .token: 8
    }
  }
}
