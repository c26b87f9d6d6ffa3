/// Tells whether a text is English, French or Japanese, from its scripts and its stop words.
public struct LanguageDetector: Sendable {
  /// The profiles whose stop words are compared.
  public let profiles: [LanguageProfile]

  /// Creates a detector over the bundled profiles of every supported language.
  ///
  /// - Throws: `TextProcessingError` when the bundled dictionaries cannot be read.
  public init() throws(TextProcessingError) {
    var profiles = [LanguageProfile]()
    for language in Language.allCases { profiles.append(try LanguageProfile.bundled(language)) }
    self.profiles = profiles
  }

  /// Creates a detector over `profiles`.
  public init(profiles: [LanguageProfile]) { self.profiles = profiles }

  /// The language of `text`, judged on its first 4,000 characters.
  ///
  /// Kana (or kana with kanji) make Japanese; Latin text is English or French by which stop
  /// words it uses more, each opening `«` counting as a French one. Text in another script, or
  /// Latin text with too few stop words of either language, is not detected.
  ///
  /// - Throws: `TextProcessingError.undetectableLanguage` when the text fits no supported
  ///   language, `.emptyInput` when it has no letters.
  public func language(of text: String) throws(TextProcessingError) -> Language {
    let sample = String(text.unicodeScalars.prefix(4_000))
    var kana = 0
    var han = 0
    var latin = 0
    var other = 0
    for scalar in sample.unicodeScalars
    where GeneralCategory.isLetter(ICU.generalCategory(of: scalar)) {
      if ICU.has(scalar, script: .hiragana) || ICU.has(scalar, script: .katakana) {
        kana += 1
      } else {
        switch ICU.script(of: scalar) {
        case ICU.Script.han.rawValue: han += 1
        case ICU.Script.latin.rawValue: latin += 1
        default: other += 1
        }
      }
    }
    let letters = kana + han + latin + other
    guard letters > 0 else { throw .emptyInput }
    if kana > 0 && (kana + han) * 2 >= letters { return .japanese }
    guard latin * 2 >= letters else { throw .undetectableLanguage }

    var counts = [Language: Int]()
    var wordCount = 0
    let keys = (try? TextNormalizer.key(sample)) ?? sample.lowercased()
    for word in keys.split(whereSeparator: { !($0.isLetter || $0 == "'") }) {
      wordCount += 1
      let bare = String(word)
      for profile in profiles where profile.language != .japanese {
        let elided = profile.elisions.first { bare.hasPrefix($0) }.map {
          String(bare.prefix($0.count))
        }
        if profile.stopWords.contains(bare) || (elided.map(profile.stopWords.contains) ?? false) {
          counts[profile.language, default: 0] += 1
        }
      }
    }
    // French quotation marks are a French cue each: English prose does not use them, and a
    // short French line may otherwise tie on words both languages list (`a`).
    let guillemets = sample.unicodeScalars.count { $0 == "\u{00AB}" }
    if guillemets > 0, profiles.contains(where: { $0.language == .french }) {
      counts[.french, default: 0] += guillemets
    }
    let best = counts.sorted { ($0.value, $1.key.rawValue) > ($1.value, $0.key.rawValue) }.first
    guard let best, best.value > 0 else {
      if wordCount < 3 { return .english }
      throw .undetectableLanguage
    }
    // Real English or French prose has well over a tenth of its words among the stop words.
    if wordCount >= 12 && best.value * 10 < wordCount { throw .undetectableLanguage }
    return best.key
  }
}
