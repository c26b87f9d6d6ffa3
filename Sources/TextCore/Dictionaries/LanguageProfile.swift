import Foundation

/// Everything language-specific that normalization, segmentation and number reading need.
///
/// A profile is built from the files in `dictionaries/<code>/` (the same file names in every
/// language folder), so supporting a new language means adding data, not code.
public struct LanguageProfile: Sendable {
  /// The language this profile describes.
  public let language: Language
  /// The ICU locale for sentence breaks, with suppression data (`en@ss=standard`).
  public let sentenceBreakLocale: String
  /// The ICU locale for word breaks.
  public let wordBreakLocale: String
  /// The ICU locale whose rule-based spellout reads spelled-out numbers (`deux` → 2).
  public let spelloutLocale: String
  /// The character that separates decimals in this language's numbers (`.` or `,`).
  public let decimalSeparator: Character
  /// Whether numbers group thousands with spaces (`1 234,5` in French).
  public let groupsDigitsWithSpaces: Bool
  /// Whether a sentence break inside brackets or quotes is ignored (Japanese 「…。…」).
  public let mergesInsideBrackets: Bool
  /// Abbreviations after which a sentence never ends (`Mr.`, `M.`, `Lt.`).
  public let nonterminalAbbreviations: Set<String>
  /// Abbreviations that may end a sentence (`U.S.`, `p.m.`); a break after one stays only when
  /// the next word is a common sentence opener.
  public let ambiguousAbbreviations: Set<String>
  /// Stop words, as comparison keys.
  public let stopWords: Set<String>
  /// Elided articles and pronouns split off the word they attach to (`l'`, `qu'`), as keys.
  public let elisions: [String]
  /// Clitics split off the end of a word (`'s`, `n't`), as keys.
  public let clitics: [String]
  /// Words that multiply the number before them (`million` → 1000000), by key.
  public let scaleWords: [String: Decimal]
  /// Number words that count only before a unit (`un`, `une` are also articles).
  public let ambiguousNumberWords: Set<String>
  /// Units and counters that may follow a number (`years`, `ans`, `人`), as keys.
  public let units: Set<String>
  /// Words containing numeral characters that are not numbers (`一部`, `統一`).
  public let nonNumberWords: [String]
  /// Particles that continue a sentence after a closing quote (`と`, `って`).
  public let quotativeParticles: [String]
  /// Characters that never begin a word (`ン`, `ー`, small kana), used to re-join katakana words.
  public let nonInitialCharacters: Set<Unicode.Scalar>
  /// Characters that are numerals besides digits (kanji `一`…`九`, `十`, `百`, `千`, `万`, `億`,
  /// `兆`); their values come from ICU's numeric-value property.
  public let numeralCharacters: Set<Unicode.Scalar>
  /// Words that can begin a spelled-out number (`twenty`, `quatre`), as keys; made by ICU's spellout.
  let spelloutStarts: Set<String>

  /// Loads the profile of `language` from `source`.
  ///
  /// - Throws: `TextProcessingError` naming the file (and line) that is missing or malformed.
  public static func load(
    _ language: Language,
    from source: any DictionarySource
  ) throws(TextProcessingError) -> LanguageProfile {
    // The bundled dictionaries never change while the process runs: load them once.
    if source is BundledDictionaries { return try bundled(language) }
    return try loadUncached(language, from: source)
  }

  /// Loads the profile of `language` from `source`, reading every file.
  private static func loadUncached(
    _ language: Language,
    from source: any DictionarySource
  ) throws(TextProcessingError) -> LanguageProfile {
    let code = language.rawValue
    func file(_ name: String) throws(TextProcessingError) -> DictionaryFile {
      try DictionaryFile.load("\(code)/\(name)", language: language, from: source)
    }
    func keys(_ file: DictionaryFile) throws(TextProcessingError) -> [String] {
      try file.requireFieldCount(1...1)
      var result = [String]()
      for entry in file.entries { result.append(try TextNormalizer.key(entry)) }
      return result
    }

    let settings = try file("profile.tsv")
    try settings.requireFieldCount(2...2)
    var values = [String: (value: String, line: Int)]()
    for record in settings.records { values[record.fields[0]] = (record.fields[1], record.line) }
    func setting(_ key: String) throws(TextProcessingError) -> String {
      guard let value = values[key]?.value else {
        throw .malformedDictionary(
          file: settings.displayName,
          line: 0,
          reason: "no '\(key)' setting"
        )
      }
      return value
    }
    func flag(_ key: String) throws(TextProcessingError) -> Bool {
      let value = try setting(key)
      guard value == "yes" || value == "no" else {
        throw .malformedDictionary(
          file: settings.displayName,
          line: values[key]?.line ?? 0,
          reason: "'\(key)' must be yes or no, not '\(value)'"
        )
      }
      return value == "yes"
    }
    let decimal = try setting("decimal-separator")
    guard decimal.count == 1, let decimalSeparator = decimal.first else {
      throw .malformedDictionary(
        file: settings.displayName,
        line: values["decimal-separator"]?.line ?? 0,
        reason: "'decimal-separator' must be one character"
      )
    }

    let abbreviations = try file("abbreviations.tsv")
    try abbreviations.requireFieldCount(2...2)
    var nonterminal = Set<String>()
    var ambiguous = Set<String>()
    for record in abbreviations.records {
      switch record.fields[1] {
      case "nonterminal": nonterminal.insert(record.fields[0])
      case "ambiguous": ambiguous.insert(record.fields[0])
      default:
        throw .malformedDictionary(
          file: abbreviations.displayName,
          line: record.line,
          reason: "kind must be 'nonterminal' or 'ambiguous', not '\(record.fields[1])'"
        )
      }
    }

    let scaleFile = try file("scale-words.tsv")
    try scaleFile.requireFieldCount(2...2)
    var scaleWords = [String: Decimal]()
    for record in scaleFile.records {
      guard
        let value = Decimal(string: record.fields[1], locale: Locale(identifier: "en_US_POSIX")),
        value > 0
      else {
        throw .malformedDictionary(
          file: scaleFile.displayName,
          line: record.line,
          reason: "'\(record.fields[1])' is not a positive number"
        )
      }
      scaleWords[try TextNormalizer.key(record.fields[0])] = value
    }

    func characters(_ name: String) throws(TextProcessingError) -> Set<Unicode.Scalar> {
      let list = try file(name)
      try list.requireFieldCount(1...1)
      var characters = Set<Unicode.Scalar>()
      for record in list.records {
        let scalars = Array(record.fields[0].unicodeScalars)
        guard scalars.count == 1, let scalar = scalars.first else {
          throw .malformedDictionary(
            file: list.displayName,
            line: record.line,
            reason: "expected one character per line"
          )
        }
        characters.insert(scalar)
      }
      return characters
    }
    let numeralCharacters = try characters("numeral-characters.txt")
    for scalar in numeralCharacters where ICU.numericValue(of: scalar) == nil {
      throw .malformedDictionary(
        file: source.displayName(ofFile: "\(code)/numeral-characters.txt"),
        line: 0,
        reason: "'\(scalar)' has no numeric value in Unicode"
      )
    }

    let spelloutLocale = try setting("spellout-locale")
    return LanguageProfile(
      language: language,
      sentenceBreakLocale: try setting("sentence-break-locale"),
      wordBreakLocale: try setting("word-break-locale"),
      spelloutLocale: spelloutLocale,
      decimalSeparator: decimalSeparator,
      groupsDigitsWithSpaces: try flag("groups-digits-with-spaces"),
      mergesInsideBrackets: try flag("merges-inside-brackets"),
      nonterminalAbbreviations: nonterminal,
      ambiguousAbbreviations: ambiguous,
      stopWords: Set(try keys(try file("stopwords.txt"))),
      elisions: try keys(try file("elisions.txt")).sorted { $0.count > $1.count },
      clitics: try keys(try file("clitics.txt")).sorted { $0.count > $1.count },
      scaleWords: scaleWords,
      ambiguousNumberWords: Set(try keys(try file("ambiguous-number-words.txt"))),
      units: Set(try keys(try file("units.txt"))),
      nonNumberWords: try file("non-number-words.txt").entries,
      quotativeParticles: try file("quotative-particles.txt").entries,
      nonInitialCharacters: try characters("non-initial-characters.txt"),
      numeralCharacters: numeralCharacters,
      spelloutStarts: try (try flag("reads-spelled-out-numbers"))
        ? spelloutWords(locale: spelloutLocale) : []
    )
  }

  /// The bundled profile of `language`, loaded once per process.
  ///
  /// - Throws: `TextProcessingError` when the bundled dictionaries are missing or malformed.
  public static func bundled(_ language: Language) throws(TextProcessingError) -> LanguageProfile {
    guard let result = bundledProfiles[language] else {
      throw .missingDictionary(language: language.rawValue, name: "profile.tsv")
    }
    return try result.get()
  }

  private static let bundledProfiles: [Language: Result<LanguageProfile, TextProcessingError>] = {
    var profiles = [Language: Result<LanguageProfile, TextProcessingError>]()
    for language in Language.allCases {
      do throws(TextProcessingError) {
        profiles[language] = .success(try loadUncached(language, from: BundledDictionaries()))
      } catch {
        profiles[language] = .failure(error)
      }
    }
    return profiles
  }()

  /// The words ICU's spellout rules use for 0…100 and the round hundreds and powers of ten, as keys.
  private static func spelloutWords(locale: String) throws(TextProcessingError) -> Set<String> {
    var words = Set<String>()
    var values = Array(0...100).map(Double.init)
    values += [200, 300, 400, 500, 600, 700, 800, 900, 1_000, 1_000_000, 1_000_000_000]
    for spelled in try ICU.spellOut(values, locale: locale) {
      for part in spelled.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\u{00AD}" }) {
        words.insert(try TextNormalizer.key(String(part)))
      }
    }
    words.remove("")
    return words
  }
}
