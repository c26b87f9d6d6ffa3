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
/// article (`NameLinker.soundSimilarity`), as spelled or as English says it
/// (`NameLinker.sounds(ofLatin:)`), takes that name's canonical form.
///
/// Measured with `Benchmarks evaluate` on all FLORES and NTREX documents, against only the
/// spelled sound and with a transliterated canonical form counted as a rival (which sounds
/// exactly like the katakana, so it kept every story name out): alignment F1 with one side's
/// blocks shuffled and 20-40% edited rose 0.917 → 0.924 on NTREX fr-ja, 0.958 → 0.960 on NTREX
/// en-ja and 0.954 → 0.956 on FLORES fr-ja, with single sentences shuffled 0.840 → 0.865 on
/// NTREX fr-ja; in order 0.985 → 0.986 (NTREX fr-ja), 0.992 → 0.991 (NTREX en-ja). Hearing
/// table links the English way too cost 3 of 258 held-out links (`Benchmarks entity-linking`).
struct StoryNames {
  /// The least sound similarity for a katakana name to take a Latin name of the story.
  ///
  /// Above the name table's fuzzy threshold because a story's Latin names include ordinary
  /// capitalized words the table would have filtered out.
  static let minimumSimilarity = 0.8

  /// A Latin name of the story, as it can be matched.
  private struct LatinName {
    var canonical: String
    /// The words of the form heard (the whole name, or its last word), as comparison keys:
    /// what `spelledMatch(for:)` compares with ENAMDICT's spellings.
    var formWords: [String]
    var kind: EntityMention.Kind
    var sound: NameLinker.Sound
    /// Whether the sound is of the whole name, not of its last word.
    var isWhole: Bool
  }

  /// The Latin names of the English and French articles; empty without a Japanese article.
  ///
  /// Each name is there whole and, for a name of two or more words, by its last word
  /// (`Merriweather` for Japanese `メリウェザー氏`), sorted so that ties resolve the same way
  /// every run.
  private let latinNames: [LatinName]
  /// ENAMDICT's spellings of katakana names, or `nil` without a Japanese article.
  private let glosses: KatakanaGlosses?

  /// Gathers the Latin names of `articles` to hear katakana against; `glosses` are read only
  /// when there is a Japanese article.
  ///
  /// - Throws: `ComparisonError.dictionary` when the glosses cannot be read.
  init(
    _ articles: [ArticleClaims],
    glosses: () -> Result<KatakanaGlosses, ComparisonError>
  ) throws(ComparisonError) {
    guard articles.contains(where: { $0.language == .japanese }) else {
      latinNames = []
      self.glosses = nil
      return
    }
    self.glosses = try glosses().get()
    var seen = Set<String>()
    var names = [LatinName]()
    for article in articles where article.language != .japanese {
      for claim in article.claims {
        // Names of entities, and of speakers no entity names (`"…," Reed said`).
        let named =
          claim.entities.map { (canonical: $0.canonical, kind: $0.kind) }
          + claim.quotes.compactMap { quote in
            quote.speakerCanonical.map { (canonical: $0, kind: EntityMention.Kind.person) }
          }
        for mention in named {
          let canonical = mention.canonical
          guard !canonical.isEmpty, seen.insert(canonical).inserted else { continue }
          var forms = [canonical]
          let words = canonical.split(separator: " ")
          if words.count >= 2, let last = words.last, last.count >= 4 {
            forms.append(String(last))
          }
          for (index, form) in forms.enumerated() {
            let formWords = ((try? TextNormalizer.key(form)) ?? "")
              .split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            // As spelled and, for names an English speaker says otherwise, as said.
            for sound in NameLinker.sounds(ofLatin: form) {
              names.append(
                LatinName(
                  canonical: canonical,
                  formWords: formWords,
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
    latinNames = names.sorted { $0.canonical < $1.canonical }
  }

  /// `articles` with their approximately linked katakana names replaced by the Latin names of
  /// other articles they sound like.
  ///
  /// A name moves only to a better-sounding name than its current one, and only to a name of a
  /// Latin-script article (English or French), whose spelling is the one readers compare.
  /// Exactly linked names are never changed.
  func resolved(_ articles: [ArticleClaims]) -> [ArticleClaims] {
    guard !latinNames.isEmpty else { return articles }
    var cache = [String: LatinName?]()
    return articles.map { article in
      guard article.language == .japanese else { return article }
      var article = article
      func match(_ mention: EntityMention) -> LatinName? {
        let key = mention.text + "\u{0}" + mention.canonical
        if let cached = cache[key] { return cached }
        let found = bestMatch(for: mention)
        cache[key] = found
        return found
      }
      for claimIndex in article.claims.indices {
        var renamed = [String: String]()
        for entityIndex in article.claims[claimIndex].entities.indices {
          let mention = article.claims[claimIndex].entities[entityIndex]
          guard !mention.isExactlyLinked, Self.isKatakanaName(mention.text),
            let match = match(mention)
          else { continue }
          renamed[mention.canonical] = match.canonical
          article.claims[claimIndex].entities[entityIndex].canonical = match.canonical
          article.claims[claimIndex].entities[entityIndex].kind = match.kind
        }
        // Speakers follow their entity; a katakana speaker no entity names (`コッカーは話す`)
        // is heard on its own.
        let linked = Set(
          article.claims[claimIndex].entities.filter(\.isExactlyLinked).map(\.canonical)
        )
        for quoteIndex in article.claims[claimIndex].quotes.indices {
          let quote = article.claims[claimIndex].quotes[quoteIndex]
          guard let canonical = quote.speakerCanonical, !linked.contains(canonical) else {
            continue
          }
          if let name = renamed[canonical] {
            article.claims[claimIndex].quotes[quoteIndex].speakerCanonical = name
          } else if let text = quote.speaker.map(Self.leadingKatakanaName), text.count >= 2,
            let found = match(
              EntityMention(
                text: text,
                canonical: canonical,
                kind: .person,
                utf8Range: quote.utf8Range,
                isExactlyLinked: false
              )
            )
          {
            article.claims[claimIndex].quotes[quoteIndex].speakerCanonical = found.canonical
          }
        }
      }
      return article
    }
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
  func heardNames(in articles: [ArticleClaims]) -> [[[String]]] {
    var cache = [String: String?]()
    return articles.map { article in
      guard article.language == .japanese, !latinNames.isEmpty else {
        return article.claims.map { _ in [] }
      }
      return article.claims.map { claim in
        var heard = Set<String>()
        for word in Self.katakanaWords(in: claim.text)
        where !claim.entities.contains(where: { $0.text.contains(word) }) {
          let match: String?
          if let cached = cache[word] {
            match = cached
          } else {
            match =
              spelledMatch(for: word)?.canonical
              ?? NameLinker.sound(ofKatakana: word).flatMap { best(for: [$0])?.name.canonical }
            cache[word] = match
          }
          if let match { heard.insert(match) }
        }
        return heard.sorted()
      }
    }
  }

  /// The Latin name that `mention` sounds most like, when it sounds more like it than like its
  /// current canonical form.
  private func bestMatch(for mention: EntityMention) -> LatinName? {
    if let spelled = spelledMatch(for: mention.text) {
      return spelled.canonical == mention.canonical ? nil : spelled
    }
    guard let sound = NameLinker.sound(ofKatakana: mention.text) else { return nil }
    // The whole name, and its last part when it has several (`パルトロウ`), which may meet
    // a Latin surname.
    var sounds = [sound]
    let parts = mention.text.split(whereSeparator: Self.separatesNameParts)
    if parts.count >= 2, let last = parts.last,
      let lastSound = NameLinker.sound(ofKatakana: String(last))
    {
      sounds.append(lastSound)
    }
    var found = best(for: sounds)
    // A common word the text runs into the name (`ラッパーカニエ・ウェスト`, rapper Kanye
    // West): the name without the first part's leading characters may sound like a whole
    // Latin name of the story.
    if found == nil || found?.name.isWhole == false, parts.count >= 2, let first = parts.first,
      first.count >= 4
    {
      let rest = parts.dropFirst().joined(separator: "・")
      for drop in 2...(first.count - 2) {
        guard let trimmed = NameLinker.sound(ofKatakana: first.dropFirst(drop) + "・" + rest),
          let candidate = best(for: [trimmed]), candidate.name.isWhole,
          candidate.score >= Self.minimumSimilarity + 0.05,
          candidate.score > found?.score ?? 0
        else { continue }
        found = candidate
      }
    }
    guard let best = found, best.name.canonical != mention.canonical else {
      return nil
    }
    // A canonical form that sounds exactly as the katakana does is its own transliteration
    // (`Jon Gorudosumisu`), not a name from the table: any Latin name of the story is better.
    let current =
      NameLinker.sound(ofLatin: mention.canonical).flatMap {
        $0 == sound ? nil : NameLinker.soundSimilarity(sound, $0)
      } ?? 0
    return best.score > current ? best.name : nil
  }

  /// The Latin name of the story that katakana `text` spells word for word by ENAMDICT.
  ///
  /// Each part between `・` or `＝` has the matching word of the name among its spellings
  /// (`ミラー` is `Miller`; `ジョン・ゴールドスミス` is `John Goldsmith`). A whole name comes before
  /// another name's last word, then the first in order.
  private func spelledMatch(for text: String) -> LatinName? {
    guard let glosses else { return nil }
    var spellings = [[String]]()
    for part in text.split(whereSeparator: Self.separatesNameParts) {
      guard let found = glosses.spellings(of: part) else { return nil }
      spellings.append(found)
    }
    guard !spellings.isEmpty else { return nil }
    var lastWord: LatinName?
    for name in latinNames {
      guard name.formWords.count == spellings.count,
        zip(name.formWords, spellings).allSatisfy({ $1.contains($0) })
      else { continue }
      if name.isWhole { return name }
      if lastWord == nil { lastWord = name }
    }
    return lastWord
  }

  /// The Latin name that one of `sounds` is most like, at `minimumSimilarity`: the highest
  /// score, and at the same score a whole name before another's last word (`Scotland` before
  /// `NHS Scotland`).
  private func best(for sounds: [NameLinker.Sound]) -> (score: Double, name: LatinName)? {
    var best: (score: Double, name: LatinName)?
    for name in latinNames {
      for sound in sounds {
        guard let score = NameLinker.soundSimilarity(sound, name.sound),
          score >= Self.minimumSimilarity
        else { continue }
        if let current = best,
          score < current.score
            || (score == current.score && (!name.isWhole || current.name.isWhole))
        {
          continue
        }
        best = (score, name)
      }
    }
    return best
  }

  /// Whether a character separates the parts of a katakana name (`・`, `＝`, `=`).
  private static func separatesNameParts(_ character: Character) -> Bool {
    character == "・" || character == "＝" || character == "="
  }

  /// The katakana name a text starts with (`リード` of `リード氏`), or an empty string.
  private static func leadingKatakanaName(_ text: String) -> String {
    String(
      String.UnicodeScalarView(text.unicodeScalars.prefix(while: NameLinker.isKatakanaOrSeparator))
    )
  }

  /// Whether a mention is written in katakana (with `・` or `＝` between its parts).
  private static func isKatakanaName(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy(NameLinker.isKatakanaOrSeparator)
      && text.unicodeScalars.contains { $0 != "・" && $0 != "＝" && $0 != "=" && $0 != "ー" }
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
}
