import Lexicon
import TextCore

extension ClaimExtractor {
  /// The concept ids of a sentence's content words, sorted and without repeats, and the weaker
  /// senses beyond `Options.maximumConceptsPerWord` (up to
  /// `Options.maximumWeakerConceptsPerWord` a word) with the Japanese side of the words' direct
  /// French–Japanese pairs (`directPairs`).
  ///
  /// English and French: longest match over word sequences against titles (`Prime Minister` →
  /// `prime-minister`) and the lexicons, with light lemmatisation of plurals and verb forms.
  /// Japanese: longest match over characters against the Japanese side of the lexicons, where a
  /// span the lexicons do not know may be the stem of an inflected verb or adjective whose
  /// dictionary form they know (`試せ` → `試す`, `行わ` → `行う`; rules in `deinflection.tsv`).
  /// One character counts only when ICU's word boundaries isolate it (`愛を`).
  /// Stop words and the words of entity mentions are left out.
  func concepts(
    in span: SentenceSpan,
    excluding excluded: [Range<Int>],
    state: ArticleState
  ) -> (concepts: [String], weaker: [String]) {
    var concepts = Set<String>()
    var weaker = Set<String>()
    let limit = options.maximumConceptsPerWord
    let weakerLimit = options.maximumWeakerConceptsPerWord
    func add(_ found: [String], key: String) {
      concepts.formUnion(found.prefix(limit))
      weaker.formUnion(found.dropFirst(limit).prefix(weakerLimit))
      weaker.formUnion(directPairs(key, language: state.language))
    }
    func result() -> (concepts: [String], weaker: [String]) {
      (concepts.sorted(), weaker.subtracting(concepts).sorted())
    }
    func isExcluded(_ range: Range<Int>) -> Bool {
      excluded.contains { $0.overlaps(range) }
    }
    if state.language == .japanese {
      let scalars = span.scalars
      let maximum = max(lexicon.concepts.maximumJapaneseLength, state.lists.titles.maximumLength)
      // Where ICU's word boundaries isolate one character (`愛を`), it is a word of its own.
      let singleCharacterWords = Set(
        span.words.lazy.filter { $0.kind == .word && $0.text.unicodeScalars.count == 1 }
          .map(\.utf8Range.lowerBound)
      )
      var index = 0
      while index < scalars.count {
        var matched = false
        var length = min(maximum, scalars.count - index)
        while length >= 1 {
          let range = span.offset(at: index)..<span.offset(at: index + length)
          defer { length -= 1 }
          guard !isExcluded(range), let key = state.text.key(range) else { continue }
          if let title = state.lists.titles[key] {
            if !title.isHonorific { concepts.insert(title.concept) }
          } else {
            // One character has too many senses (`間`, `炉`) to stand for a concept alone,
            // unless ICU's word boundaries isolate it (`愛を`).
            if length == 1 && !singleCharacterWords.contains(range.lowerBound) { continue }
            if state.stopWords.contains(key) || isFunctionKana(key) { continue }
            let senses = lexicon.concepts.concepts(ofKey: key, language: .japanese)
            var found = meaningful(senses)
            if found.isEmpty && length > 1 { found = deinflectedConcepts(ofKey: key, state: state) }
            if found.isEmpty { continue }
            // Senses come strongest first. Only the strongest count, less function words: of
            // `彼`'s (boyfriend, he), boyfriend; a weaker sense in their place (beloved) is noise.
            if !senses.isEmpty { found = meaningful(Array(senses.prefix(limit))) }
            add(found, key: key)
          }
          index += length
          matched = true
          break
        }
        if !matched { index += 1 }
      }
      return result()
    }

    let words = span.words
    let language = state.language
    let maximumWords = max(lexicon.concepts.maximumWordCount, 4)
    var index = 0
    while index < words.count {
      guard words[index].kind == .word, !isExcluded(words[index].utf8Range) else {
        index += 1
        continue
      }
      var matched = false
      // Phrases first (`prime minister`, `premier ministre`, `armed forces`).
      var end = min(words.count - 1, index + maximumWords * 2)
      while end > index {
        defer { end -= 1 }
        guard words[end].kind == .word else { continue }
        let range = words[index].utf8Range.lowerBound..<words[end].utf8Range.upperBound
        guard !isExcluded(range), let key = state.text.key(range) else { continue }
        if let title = state.lists.titles[key] {
          if !title.isHonorific { concepts.insert(title.concept) }
        } else {
          // A phrase that starts or ends with a stop word (`of the`, `deal with`) is not one
          // content word.
          let parts = key.split(separator: " ")
          guard let first = parts.first, let last = parts.last,
            !state.stopWords.contains(String(first)), !state.stopWords.contains(String(last))
          else { continue }
          let found = meaningful(wordConcepts(key, language: language))
          if found.isEmpty { continue }
          add(found, key: key)
        }
        index = end + 1
        matched = true
        break
      }
      if matched { continue }
      if let key = LookupKey.makeIfPossible(words[index].text), !state.stopWords.contains(key),
        key.unicodeScalars.count > 1, key.unicodeScalars.first?.properties.isAlphabetic == true
      {
        if let title = state.lists.titles[key] {
          if !title.isHonorific { concepts.insert(title.concept) }
        } else if language == .english {
          concepts.insert(Self.englishLemma(key, lexicon: lexicon))
        } else {
          add(meaningful(wordConcepts(key, language: language)), key: key)
        }
      }
      index += 1
    }
    return result()
  }

  /// The Japanese side of a French or Japanese word's direct pairs in `fr-ja.tsv`, as concept
  /// ids that only such pairs share: a French word's Japanese partners (`centre`: `センター`,
  /// `中心`, …, by the word or its first lemma with partners), a Japanese word itself when it has
  /// French partners; empty for English.
  ///
  /// French and Japanese words otherwise meet only through their English glosses, two noisy
  /// steps; a direct pair says which of the two words' senses they share.
  private func directPairs(_ key: String, language: Language) -> [String] {
    switch language {
    case .english:
      return []
    case .japanese:
      return lexicon.concepts.hasFrenchPartners(japaneseKey: key) ? [key] : []
    case .french:
      let direct = lexicon.concepts.japanesePartners(ofFrenchKey: key)
      if !direct.isEmpty || key.contains(" ") { return direct }
      for lemma in frenchLemmas(key) {
        let partners = lexicon.concepts.japanesePartners(ofFrenchKey: lemma)
        if !partners.isEmpty { return partners }
      }
      return []
    }
  }

  /// The concepts of an inflected Japanese verb or adjective by its dictionary form
  /// (`試せ` → `試す`, `行わ` → `行う`); empty when the lexicon knows no form.
  private func deinflectedConcepts(ofKey key: String, state: ArticleState) -> [String] {
    for form in state.lists.dictionaryForms(of: key) {
      guard form.unicodeScalars.count > 1, !state.stopWords.contains(form), !isFunctionKana(form)
      else { continue }
      let found = meaningful(lexicon.concepts.concepts(ofKey: form, language: .japanese))
      if !found.isEmpty { return found }
    }
    return []
  }

  /// Concepts without those made only of English stop words (`as for`, `it`, `the`).
  private func meaningful(_ concepts: [String]) -> [String] {
    concepts.filter { concept in
      concept.split(separator: " ").contains { !englishStopWords.contains(String($0)) }
        && concept.unicodeScalars.first?.properties.isAlphabetic == true
    }
  }

  /// Whether a Japanese key is a particle or ending written in kana (`する`, `として`): short
  /// hiragana matches say nothing on their own.
  private func isFunctionKana(_ key: String) -> Bool {
    let scalars = key.unicodeScalars
    return scalars.count <= 3 && scalars.allSatisfy { (0x3041...0x309F).contains($0.value) }
  }

  /// The concepts of an English or French word or phrase, trying lemmas of plurals and verb
  /// forms when the form itself is unknown.
  private func wordConcepts(_ key: String, language: Language) -> [String] {
    let direct = lexicon.concepts.concepts(ofKey: key, language: language)
    if !direct.isEmpty || key.contains(" ") { return direct }
    switch language {
    case .english:
      let lemma = Self.englishLemma(key, lexicon: lexicon)
      return lexicon.concepts.concepts(ofKey: lemma, language: .english)
    case .french:
      for lemma in frenchLemmas(key) {
        let found = lexicon.concepts.concepts(ofKey: lemma, language: .french)
        if !found.isEmpty { return found }
      }
      // A word no lexicon knows in any form may be a cognate of an English word the lexicons
      // know (`judiciaire`, judiciary; `magnitude`).
      for word in lexicon.lists(for: .french).cognates(of: key)
      where lexicon.concepts.isKnownWord(word, language: .english) {
        let found = lexicon.concepts.concepts(ofKey: word, language: .english)
        if !found.isEmpty { return found }
      }
      return []
    case .japanese:
      return []
    }
  }

  /// The English lemma of a word key: an irregular, plural or verb form reduced to a word the
  /// lexicons know (`went` → `go`, `negotiations` → `negotiation`, `agreed` → `agree`), else
  /// the word itself.
  ///
  /// An irregular form the lexicons know as a word of its own keeps it (`data`, not WordNet's
  /// `datum`).
  static func englishLemma(_ key: String, lexicon: Lexicon) -> String {
    let isWord = lexicon.concepts.isKnownWord(key, language: .english)
    let candidates = englishLemmaCandidates(
      key,
      irregularForms: isWord ? .empty : lexicon.lists(for: .english).irregularForms
    )
    return candidates.first { lexicon.concepts.isKnownWord($0, language: .english) } ?? key
  }

  /// Possible lemmas of an English word, most likely first: the lemmas `irregularForms` gives
  /// the word (`went` → `go`, `mice` → `mouse`), then those of the regular suffix rules.
  static func englishLemmaCandidates(
    _ key: String,
    irregularForms: InflectedForms
  ) -> [String] {
    var result = irregularForms.lemmas(of: key)
    func drop(_ suffix: String, add: String = "") {
      guard key.hasSuffix(suffix), key.count > suffix.count + 2 else { return }
      result.append(String(key.dropLast(suffix.count)) + add)
    }
    func doubled(_ suffix: String) {
      guard key.hasSuffix(suffix), key.count > suffix.count + 3 else { return }
      let stem = key.dropLast(suffix.count)
      if let last = stem.last, stem.dropLast().last == last {
        result.append(String(stem.dropLast()))
      }
    }
    if key.hasSuffix("ies") { drop("ies", add: "y") }
    if key.hasSuffix("es") && ["ses", "xes", "zes", "ches", "shes"].contains(where: key.hasSuffix) {
      drop("es")
    }
    if key.hasSuffix("s") && !key.hasSuffix("ss") && !key.hasSuffix("us") && !key.hasSuffix("is") {
      drop("s")
    }
    if key.hasSuffix("ied") { drop("ied", add: "y") }
    if key.hasSuffix("ed") {
      drop("d")
      drop("ed")
      doubled("ed")
    }
    if key.hasSuffix("ing") {
      drop("ing", add: "e")
      drop("ing")
      doubled("ing")
    }
    return result
  }

  /// Possible lemmas of a French word the lexicons do not know, most likely first.
  private func frenchLemmas(_ key: String) -> [String] {
    Self.frenchLemmaCandidates(key, inflectedForms: lexicon.lists(for: .french).irregularForms)
  }

  /// Possible lemmas of a French word: those `inflectedForms` gives it (`hurlais` →
  /// `hurler`, `prit` → `prendre`, `habituelle` → `habituel`), then those of the suffix
  /// rules (plurals, participles, conjugated `-er` verbs).
  static func frenchLemmaCandidates(
    _ key: String,
    inflectedForms: InflectedForms = .empty
  ) -> [String] {
    var result = inflectedForms.lemmas(of: key)
    func replace(_ suffix: String, with replacement: String) {
      guard key.hasSuffix(suffix), key.count > suffix.count + 2 else { return }
      result.append(String(key.dropLast(suffix.count)) + replacement)
    }
    replace("aux", with: "al")
    replace("s", with: "")
    replace("x", with: "")
    replace("ees", with: "er")
    replace("es", with: "er")
    replace("ee", with: "er")
    replace("e", with: "er")
    replace("ent", with: "er")
    replace("ons", with: "er")
    replace("ez", with: "er")
    replace("ait", with: "er")
    replace("aient", with: "er")
    replace("era", with: "er")
    replace("ies", with: "ir")
    replace("ie", with: "ir")
    replace("is", with: "ir")
    replace("it", with: "ir")
    replace("i", with: "ir")
    replace("u", with: "oir")
    replace("ue", with: "oir")
    return result
  }
}
