import Articles
import Lexicon
import TextCore

/// Names written in katakana resolved against the Latin names the other articles of the story
/// give, before anything is compared.
///
/// The name table holds well-known people and places; most names in a news story are not in
/// it (`Gwyneth Paltrow`, `Merriweather`). A Japanese outlet writes them in katakana, which the
/// claim extractor can only transliterate (`グウィネス・パルトロウ` → `Guu Inesu Parutorou`) or
/// match to the closest table name, so they never met the English or French spelling. Within
/// one story the candidates are few, so a katakana name that sounds like a Latin name of another
/// article (`NameLinker.soundSimilarity`) takes that name's canonical form.
enum StoryNames {
  /// The least sound similarity for a katakana name to take a Latin name of the story.
  ///
  /// Above the name table's fuzzy threshold because a story's Latin names include ordinary
  /// capitalized words the table would have filtered out.
  static let minimumSimilarity = 0.8

  /// A Latin name of the story, as it can be matched.
  private struct LatinName {
    var canonical: String
    var kind: EntityMention.Kind
    var sound: NameLinker.Sound
    /// Whether the sound is of the whole name, not of its last word.
    var isWhole: Bool

    /// Whether this name, heard with `score`, beats `best`: a higher score, or the same score
    /// for a whole name against a last word (`Scotland` before `NHS Scotland`).
    func beats(_ best: (score: Double, name: LatinName)?, with score: Double) -> Bool {
      guard let best else { return true }
      return score > best.score || (score == best.score && isWhole && !best.name.isWhole)
    }
  }

  /// `articles` with their approximately linked katakana names replaced by the Latin names of
  /// other articles they sound like.
  ///
  /// A name moves only to a better-sounding name than its current one, and only to a name of a
  /// Latin-script article (English or French), whose spelling is the one readers compare.
  /// Exactly linked names are never changed.
  static func resolved(_ articles: [ArticleClaims]) -> [ArticleClaims] {
    guard articles.contains(where: { $0.language == .japanese }),
      articles.contains(where: { $0.language != .japanese })
    else { return articles }
    let latinNames = latinNames(in: articles)
    guard !latinNames.isEmpty else { return articles }
    var cache = [String: (canonical: String, kind: EntityMention.Kind)?]()
    return articles.map { article in
      guard article.language == .japanese else { return article }
      var article = article
      for claimIndex in article.claims.indices {
        for entityIndex in article.claims[claimIndex].entities.indices {
          let mention = article.claims[claimIndex].entities[entityIndex]
          guard !mention.isExactlyLinked, isKatakanaName(mention.text) else { continue }
          let key = mention.text + "\u{0}" + mention.canonical
          let match: (canonical: String, kind: EntityMention.Kind)?
          if let cached = cache[key] {
            match = cached
          } else {
            match = bestMatch(for: mention, among: latinNames)
            cache[key] = match
          }
          guard let match else { continue }
          article.claims[claimIndex].entities[entityIndex].canonical = match.canonical
          article.claims[claimIndex].entities[entityIndex].kind = match.kind
        }
      }
      return article
    }
  }

  /// The Latin names of the English and French articles, each whole and, for a name of two or
  /// more words, by its last word (`Merriweather` for Japanese `メリウェザー氏`), sorted so that
  /// ties resolve the same way every run.
  private static func latinNames(in articles: [ArticleClaims]) -> [LatinName] {
    var seen = Set<String>()
    var names = [LatinName]()
    for article in articles where article.language != .japanese {
      for claim in article.claims {
        for mention in claim.entities {
          let canonical = mention.canonical
          guard seen.insert(canonical).inserted else { continue }
          var forms = [canonical]
          let words = canonical.split(separator: " ")
          if words.count >= 2, let last = words.last, last.count >= 4 {
            forms.append(String(last))
          }
          for (index, form) in forms.enumerated() {
            if let sound = NameLinker.sound(ofLatin: form) {
              names.append(
                LatinName(
                  canonical: canonical,
                  kind: mention.kind,
                  sound: sound,
                  isWhole: index == 0
                )
              )
            }
          }
        }
      }
    }
    return names.sorted { $0.canonical < $1.canonical }
  }

  /// The Latin name that `mention` sounds most like, when it sounds more like it than like its
  /// current canonical form.
  private static func bestMatch(
    for mention: EntityMention,
    among names: [LatinName]
  ) -> (canonical: String, kind: EntityMention.Kind)? {
    guard let sound = NameLinker.sound(ofKatakana: mention.text) else { return nil }
    // The whole name, and its last part when it has several (`パルトロウ`), which may meet
    // a Latin surname.
    var sounds = [sound]
    let parts = mention.text.split { $0 == "・" || $0 == "＝" || $0 == "=" }
    if parts.count >= 2, let last = parts.last,
      let lastSound = NameLinker.sound(ofKatakana: String(last))
    {
      sounds.append(lastSound)
    }
    var best: (score: Double, name: LatinName)?
    for name in names {
      for candidate in sounds {
        guard let score = NameLinker.soundSimilarity(candidate, name.sound),
          score >= minimumSimilarity, name.beats(best, with: score)
        else { continue }
        best = (score, name)
      }
    }
    guard let best, best.name.canonical != mention.canonical else { return nil }
    let current =
      NameLinker.sound(ofLatin: mention.canonical).flatMap {
        NameLinker.soundSimilarity(sound, $0)
      } ?? 0
    guard best.score > current else { return nil }
    return (best.name.canonical, best.name.kind)
  }

  /// Whether a mention is written in katakana (with `・` or `＝` between its parts).
  private static func isKatakanaName(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy(NameLinker.isKatakanaOrSeparator)
      && text.unicodeScalars.contains { $0 != "・" && $0 != "＝" && $0 != "=" && $0 != "ー" }
  }

  /// The Latin names of the story heard in the katakana words of each Japanese claim.
  ///
  /// By article, then by claim, each list sorted; claims of other languages hear nothing. Only
  /// words that are not already a name mention count (`エバンス` after `Evans` elsewhere).
  ///
  /// The extractor keeps a lone katakana word as a name only when the name table knows it or a
  /// title follows; within one story a word that sounds like a name another article gives is
  /// that name, and the two claims share it as an entity anchor (the claim's mentions do not
  /// change).
  static func heardNames(in articles: [ArticleClaims]) -> [[[String]]] {
    let silent = articles.map { $0.claims.map { _ in [String]() } }
    guard articles.contains(where: { $0.language == .japanese }),
      articles.contains(where: { $0.language != .japanese })
    else { return silent }
    let latinNames = latinNames(in: articles)
    guard !latinNames.isEmpty else { return silent }
    var cache = [String: String?]()
    return articles.map { article in
      guard article.language == .japanese else { return article.claims.map { _ in [] } }
      return article.claims.map { claim in
        var heard = Set<String>()
        for word in katakanaWords(in: claim.text)
        where !claim.entities.contains(where: { $0.text.contains(word) }) {
          let match: String?
          if let cached = cache[word] {
            match = cached
          } else {
            match = NameLinker.sound(ofKatakana: word).flatMap { best(for: $0, among: latinNames) }
            cache[word] = match
          }
          if let match { heard.insert(match) }
        }
        return heard.sorted()
      }
    }
  }

  /// The runs of three or more katakana characters of a text (with `ー`, `・`, `＝`).
  private static func katakanaWords(in text: String) -> [String] {
    var words = [String]()
    var current = String.UnicodeScalarView()
    func flush() {
      if current.count >= 3 { words.append(String(current)) }
      current.removeAll()
    }
    for scalar in text.unicodeScalars {
      if NameLinker.isKatakanaOrSeparator(scalar) { current.append(scalar) } else { flush() }
    }
    flush()
    return words
  }

  /// The canonical form of the Latin name that `sound` is most like, at `minimumSimilarity`.
  private static func best(for sound: NameLinker.Sound, among names: [LatinName]) -> String? {
    var best: (score: Double, name: LatinName)?
    for name in names {
      guard let score = NameLinker.soundSimilarity(sound, name.sound),
        score >= minimumSimilarity, name.beats(best, with: score)
      else { continue }
      best = (score, name)
    }
    return best?.name.canonical
  }
}
