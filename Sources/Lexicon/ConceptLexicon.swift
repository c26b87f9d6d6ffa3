import TextCore

/// Concepts across languages from the bilingual lexicons in `dictionaries/lexicon/`.
///
/// A concept id is the comparison key of an English lemma (`negotiation`). An English word is
/// its own concept; a French or Japanese word has the concepts of the English words it is
/// paired with, strongest first (curated pairs, then pairs that several sources agree on). A
/// French or Japanese word with no English pair borrows the concepts of its partners in
/// `fr-ja.tsv`: the pivot through English happens at look-up time.
public struct ConceptLexicon: Sendable {
  /// English lemmas (the concept ids), as keys.
  let english: KeyIndex
  /// French keys to English ids with strengths (`id << 4 | strength`).
  let french: KeyIndex
  /// Japanese keys to English ids with strengths.
  let japanese: KeyIndex
  /// `fr-ja.tsv`: Japanese keys to ids of `pivotFrench`, and French keys to ids of
  /// `pivotJapanese`.
  let pivotJapanese: KeyIndex
  let pivotFrench: KeyIndex
  /// The longest Japanese key, in Unicode scalars.
  public let maximumJapaneseLength: Int
  /// The most words in an English or French entry, for longest match over word sequences.
  public let maximumWordCount: Int

  /// The files the lexicon reads, below the dictionaries folder.
  static let englishFrenchFiles = ["lexicon/en-fr.tsv", "lexicon/en-fr-jmdict.tsv"]
  static let englishJapaneseFile = "lexicon/en-ja.tsv"
  static let frenchJapaneseFile = "lexicon/fr-ja.tsv"

  /// Whether `key` is a word of `language` the lexicons know.
  public func isKnownWord(_ key: String, language: Language) -> Bool {
    switch language {
    case .english: english.id(of: key) != nil
    case .french: french.id(of: key) != nil || pivotFrench.id(of: key) != nil
    case .japanese: japanese.id(of: key) != nil || pivotJapanese.id(of: key) != nil
    }
  }

  /// The concept ids of a word or phrase of `language` given by its key, strongest first;
  /// empty when the lexicons do not know it.
  public func concepts(ofKey key: String, language: Language) -> [String] {
    switch language {
    case .english:
      return english.id(of: key) != nil ? [key] : []
    case .french:
      if let id = french.id(of: key) { return ranked(french.values(of: id)) }
      guard let id = pivotFrench.id(of: key) else { return [] }
      return borrowed(pivotFrench.values(of: id), partners: pivotJapanese, target: japanese)
    case .japanese:
      if let id = japanese.id(of: key) { return ranked(japanese.values(of: id)) }
      guard let id = pivotJapanese.id(of: key) else { return [] }
      return borrowed(pivotJapanese.values(of: id), partners: pivotFrench, target: french)
    }
  }

  /// Concepts of encoded values, summing the strengths of repeated concepts, strongest first.
  private func ranked(_ encoded: [Int32]) -> [String] {
    var strengths = [(id: Int32, strength: Int32)]()
    for value in encoded {
      let id = value >> 4
      if let index = strengths.firstIndex(where: { $0.id == id }) {
        strengths[index].strength += value & 15
      } else {
        strengths.append((id, value & 15))
      }
    }
    return strengths.map { (english.key(of: $0.id), $0.strength) }
      .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
      .map(\.0)
  }

  /// The Japanese partners in `fr-ja.tsv` of a French word, as keys (`centre`: `センター`,
  /// `中心`, …); empty for a word without partners.
  public func japanesePartners(ofFrenchKey key: String) -> [String] {
    guard let id = pivotFrench.id(of: key) else { return [] }
    return pivotFrench.values(of: id).map { pivotJapanese.key(of: $0) }
  }

  /// Whether a Japanese key has French partners in `fr-ja.tsv`.
  public func hasFrenchPartners(japaneseKey key: String) -> Bool {
    pivotJapanese.id(of: key) != nil
  }

  /// Concepts of a word's partners in the other language of `fr-ja.tsv`.
  private func borrowed(_ partners: [Int32], partners index: KeyIndex, target: KeyIndex) -> [String]
  {
    var encoded = [Int32]()
    for partner in partners {
      if let id = target.id(of: index.keyBytes(of: partner)) {
        encoded += target.values(of: id)
      }
    }
    return ranked(encoded)
  }

  /// Loads the lexicons (`a<TAB>b<TAB>origin`) that words of `languages` need.
  ///
  /// English words need the English side of every English lexicon; French words also need
  /// the French side and the French–Japanese pivot; Japanese words need everything.
  ///
  /// - Throws: `LexiconError` naming the file and line of a missing file or malformed line.
  static func load(
    from source: any DictionarySource,
    languages: Set<Language> = Set(Language.allCases)
  ) throws(LexiconError) -> ConceptLexicon {
    let needsFrench = languages.contains(.french) || languages.contains(.japanese)
    let needsJapanese = needsFrench
    var english = KeyIndex(expectedKeys: 80_000)
    var french = KeyIndex(expectedKeys: needsFrench ? 20_000 : 8)
    var japanese = KeyIndex(expectedKeys: needsJapanese ? 60_000 : 8)
    var maximumWordCount = 1
    let curated = Array("curated".utf8)
    func strength(_ origin: ArraySlice<UInt8>) -> Int32 {
      var value: Int32 = 1
      var matched = 0
      var isCurated = false
      for byte in origin {
        if byte == UInt8(ascii: ",") { value += 1 }
        matched = byte == curated[matched] ? matched + 1 : (byte == curated[0] ? 1 : 0)
        if matched == curated.count {
          isCurated = true
          matched = 0
        }
      }
      return min(value + (isCurated ? 3 : 0), 15)
    }
    func wordCount(_ key: ArraySlice<UInt8>) -> Int {
      key.reduce(1) { $1 == UInt8(ascii: " ") ? $0 + 1 : $0 }
    }

    for path in englishFrenchFiles + [englishJapaneseFile] {
      let file = try TableFile.load(path, from: source)
      let isJapanese = path == englishJapaneseFile
      // The files are sorted by their English side: a run of lines shares one English key.
      var previous: (key: ArraySlice<UInt8>, id: Int32)?
      try file.forEachRawRecord(fieldCount: 3...3) { fields, line throws(LexiconError) in
        let englishKey = try file.keyBytes(fields[0], line: line)
        let id: Int32
        if let previous, KeyIndex.equal(previous.key, englishKey) {
          id = previous.id
        } else {
          id = english.insert(englishKey, value: nil)
          previous = (englishKey, id)
          maximumWordCount = max(maximumWordCount, wordCount(englishKey))
        }
        guard isJapanese ? needsJapanese : needsFrench else { return }
        let otherKey = try file.keyBytes(fields[1], line: line)
        let value = id << 4 | strength(file.bytes[fields[2]])
        if isJapanese {
          japanese.insert(otherKey, value: value)
        } else {
          french.insert(otherKey, value: value)
          maximumWordCount = max(maximumWordCount, wordCount(otherKey))
        }
      }
    }

    var pivotJapanese = KeyIndex(expectedKeys: needsFrench ? 40_000 : 8)
    var pivotFrench = KeyIndex(expectedKeys: needsFrench ? 30_000 : 8)
    let pivot =
      needsFrench
      ? try TableFile.load(frenchJapaneseFile, from: source)
      : TableFile(path: frenchJapaneseFile, displayName: frenchJapaneseFile, bytes: [])
    // Sorted by the French side, so runs of lines share one French key.
    var previousFrench: (key: ArraySlice<UInt8>, id: Int32)?
    var pendingPartners = [Int32]()
    func flush() {
      guard let previousFrench else { return }
      for partner in pendingPartners { pivotFrench.insert(previousFrench.key, value: partner) }
      pendingPartners.removeAll(keepingCapacity: true)
    }
    try pivot.forEachRawRecord(fieldCount: 3...3) { fields, line throws(LexiconError) in
      let frenchKey = try pivot.keyBytes(fields[0], line: line)
      let japaneseKey = try pivot.keyBytes(fields[1], line: line)
      let frenchID: Int32
      if let previousFrench, KeyIndex.equal(previousFrench.key, frenchKey) {
        frenchID = previousFrench.id
      } else {
        flush()
        frenchID = pivotFrench.insert(frenchKey, value: nil)
        previousFrench = (frenchKey, frenchID)
        maximumWordCount = max(maximumWordCount, wordCount(frenchKey))
      }
      pendingPartners.append(pivotJapanese.insert(japaneseKey, value: frenchID))
    }
    flush()

    return ConceptLexicon(
      english: english,
      french: french,
      japanese: japanese,
      pivotJapanese: pivotJapanese,
      pivotFrench: pivotFrench,
      maximumJapaneseLength: max(japanese.maximumScalarCount, pivotJapanese.maximumScalarCount),
      maximumWordCount: min(maximumWordCount, 6)
    )
  }
}
