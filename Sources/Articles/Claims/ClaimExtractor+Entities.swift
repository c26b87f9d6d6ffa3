import Lexicon
import TextCore

extension ClaimExtractor {
  /// Prefixes that make a one-character country abbreviation a compound (`訪米`, `来日`, `駐日`).
  static let abbreviationPrefixes: Set<Unicode.Scalar> = ["訪", "来", "駐", "在", "対", "渡"]
  /// Nouns that make a one-character country abbreviation a compound (`米政府`, `英首相`).
  static let abbreviationSuffixes = ["政府", "軍", "側", "両国", "首脳", "外務省", "国防省"]
  /// Lower-case words that may join the capitalised words of a name (`Banque de France`).
  static let nameConnectors: Set<String> = [
    "de", "du", "des", "la", "le", "of", "von", "van", "der", "den", "al", "bin", "da", "di",
  ]

  /// The named entities of a sentence, in order.
  func entities(
    in span: SentenceSpan,
    excluding excluded: [Range<Int>],
    state: inout ArticleState
  ) -> [EntityMention] {
    var mentions =
      state.language == .japanese
      ? japaneseEntities(in: span, state: state) : latinEntities(in: span, state: state)
    mentions.removeAll { mention in excluded.contains { $0.overlaps(mention.utf8Range) } }
    mentions.sort { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
    for mention in mentions { state.seenEntities.insert(mention.canonical) }
    return mentions
  }

  // MARK: - English and French

  /// Longest match of name-table names over word sequences, then unknown capitalised names.
  private func latinEntities(in span: SentenceSpan, state: ArticleState) -> [EntityMention] {
    let words = span.words
    let text = state.text
    var mentions = [EntityMention]()
    var covered = [Bool](repeating: false, count: words.count)
    let allowed: Set<Language> = state.language == .french ? [.french, .english] : [.english]
    var index = 0
    while index < words.count {
      guard isNameStart(words[index]) else {
        index += 1
        continue
      }
      var matched = false
      var end = min(words.count - 1, index + 11)
      while end >= index {
        defer { end -= 1 }
        guard words[end].kind == .word || words[end].kind == .number || words[end].text == "."
        else {
          continue
        }
        let range = words[index].utf8Range.lowerBound..<words[end].utf8Range.upperBound
        guard range.count <= lexicon.names.maximumKeyLength * 4, let key = text.key(range),
          key.unicodeScalars.count <= lexicon.names.maximumKeyLength
        else { continue }
        let firstIsUpper = words[index].text.unicodeScalars.first?.properties.isUppercase ?? false
        // An acronym is written in capitals (`UN`, `AU`): `Un` and `Au` starting a French
        // sentence are articles and prepositions.
        let written = text.slice(range)
        let candidates = lexicon.names.names(forKey: key).filter {
          allowed.contains($0.language) && $0.form != .abbreviation
            && (!$0.isCapitalized || firstIsUpper)
            && (!Self.isAllCapitals($0.written) || Self.isAllCapitals(written))
        }
        guard
          let entity = chooseEntity(
            candidates,
            language: state.language,
            state: state,
            hasTitle: hasTitleBefore(wordIndex: index, in: span, state: state),
            isCapitalized: firstIsUpper
          )
        else { continue }
        // A place name that begins a longer capitalised name is part of that name
        // (`World War II`, `Paris Agreement`, `Tokyo Electric Power`).
        if entity.kind == .place, end + 1 < words.count,
          words[end + 1].utf8Range.lowerBound == words[end].utf8Range.upperBound + 1,
          isCapitalizedWord(words[end + 1]), !isOrdinaryWord(words[end + 1], state: state),
          !beginsPhrase(at: end + 1, in: span, state: state)
        {
          break
        }
        mentions.append(
          EntityMention(
            text: text.slice(range),
            canonical: entity.canonical,
            kind: EntityMention.Kind(entity.kind),
            utf8Range: range
          )
        )
        for covering in index...end { covered[covering] = true }
        index = end + 1
        matched = true
        break
      }
      if !matched { index += 1 }
    }
    mentions += unknownLatinNames(in: span, covered: covered, state: state)
    return mentions
  }

  /// Whether a title, time word or calendar word begins at word `index` (`Japan Time`).
  private func beginsPhrase(at index: Int, in span: SentenceSpan, state: ArticleState) -> Bool {
    let words = span.words
    for end in index..<min(words.count, index + 4) {
      let range = words[index].utf8Range.lowerBound..<words[end].utf8Range.upperBound
      guard let key = state.text.key(range) else { continue }
      if state.lists.titles[key] != nil || state.lists.timeWords[key] != nil
        || state.lists.calendar[key] != nil || state.lists.titles[key + "."] != nil
      {
        return true
      }
    }
    return false
  }

  /// Whether a word can begin a name: letters or digits, not a stop word in lower case.
  private func isNameStart(_ word: Word) -> Bool {
    word.kind == .word || word.kind == .number
  }

  /// Whether a title or honorific that goes before names ends just before word `wordIndex`.
  func hasTitleBefore(wordIndex: Int, in span: SentenceSpan, state: ArticleState) -> Bool {
    titleBefore(wordIndex: wordIndex, in: span, state: state) != nil
  }

  /// The first word index of a title that ends just before word `wordIndex`, if any.
  func titleBefore(wordIndex: Int, in span: SentenceSpan, state: ArticleState) -> Int? {
    guard wordIndex > 0 else { return nil }
    let words = span.words
    let end = words[wordIndex - 1].utf8Range.upperBound
    var start = wordIndex - 1
    var best: Int?
    while start >= 0 && start >= wordIndex - 6 {
      let range = words[start].utf8Range.lowerBound..<end
      if let key = state.text.key(range), let title = state.lists.titles[key],
        title.position == .before
      {
        best = start
      }
      start -= 1
    }
    return best
  }

  /// The entity a set of table names stands for here, or `nil` when the names should not count.
  ///
  /// Full names and aliases count; a short form (`Macron`, `岸田`) counts with a title, when its
  /// entity was seen earlier in the article, or when it names one entity only. Among several
  /// entities, one seen earlier wins, then names in the article's language, then file order.
  func chooseEntity(
    _ candidates: [NameTable.Name],
    language: Language,
    state: ArticleState,
    hasTitle: Bool,
    isCapitalized: Bool
  ) -> NameTable.Entity? {
    guard !candidates.isEmpty else { return nil }
    let full = candidates.filter { $0.form != .short }
    let pool: [NameTable.Name]
    if !full.isEmpty {
      pool = full
    } else {
      let entities = Set(candidates.map(\.entity))
      let seen = candidates.filter { state.seenEntities.contains($0.entity.canonical) }
      if !seen.isEmpty {
        pool = seen
      } else if hasTitle || (entities.count == 1 && isCapitalized) {
        pool = candidates
      } else {
        return nil
      }
    }
    let ranked = pool.enumerated().sorted { lhs, rhs in
      func rank(_ name: NameTable.Name) -> Int {
        (state.seenEntities.contains(name.entity.canonical) ? 0 : 4)
          + (name.language == language ? 0 : 2) + (name.form == .name ? 0 : 1)
      }
      return (rank(lhs.element), lhs.offset) < (rank(rhs.element), rhs.offset)
    }
    return ranked.first?.element.entity
  }

  /// Capitalised word sequences and acronyms the table does not know, linked when possible.
  private func unknownLatinNames(
    in span: SentenceSpan,
    covered: [Bool],
    state: ArticleState
  ) -> [EntityMention] {
    let words = span.words
    let text = state.text
    var mentions = [EntityMention]()
    var index = 0
    let firstWordIndex = words.firstIndex { $0.kind == .word || $0.kind == .number }
    while index < words.count {
      guard !covered[index], isCapitalizedWord(words[index]) else {
        index += 1
        continue
      }
      // Extend over capitalised words, connectors and hyphens between them.
      var end = index
      var next = index + 1
      while next < words.count && !covered[next] {
        let word = words[next]
        let adjacent = word.utf8Range.lowerBound == words[next - 1].utf8Range.upperBound
        if isCapitalizedWord(word) {
          end = next
          next += 1
        } else if word.text == "-" && adjacent {
          next += 1
        } else if let connector = LookupKey.makeIfPossible(word.text),
          Self.nameConnectors.contains(connector), next + 1 < words.count,
          isCapitalizedWord(words[next + 1]), !covered[next + 1]
        {
          next += 1
        } else {
          break
        }
      }
      defer { index = max(end, index) + 1 }

      var first = index
      var hasTitle = hasTitleBefore(wordIndex: first, in: span, state: state)
      // Titles inside the sequence (`Prime Minister`, `President`) are not part of the name.
      while first <= end {
        var titleEnd: Int?
        for candidate in stride(from: min(end, first + 5), through: first, by: -1) {
          let range = words[first].utf8Range.lowerBound..<words[candidate].utf8Range.upperBound
          if let key = text.key(range), state.lists.titles[key] != nil {
            titleEnd = candidate
            break
          }
          if let key = text.key(range), state.lists.titles[key + "."] != nil {
            titleEnd = candidate
            if candidate + 1 < words.count && words[candidate + 1].text == "." {
              titleEnd = candidate + 1
            }
            break
          }
        }
        guard let titleEnd else { break }
        hasTitle = true
        first = titleEnd + 1
      }
      // A sentence's first word is capitalised anyway: drop it when it is an ordinary word.
      while first <= end, let key = LookupKey.makeIfPossible(words[first].text) {
        let isSentenceStart = first == firstWordIndex
        guard
          isOrdinaryWord(words[first], state: state)
            || (isSentenceStart && isKnownWord(key, state: state))
        else { break }
        first += 1
      }
      while first <= end && isOrdinaryWord(words[end], state: state) && end > first {
        end -= 1
      }
      guard first <= end else { continue }
      let nameWords = words[first...end].filter { $0.kind == .word || $0.kind == .number }
      let isAcronym = nameWords.count == 1 && isAcronymWord(nameWords[0])
      let isPluralAcronym =
        nameWords.count == 1 && nameWords[0].text.count >= 3 && nameWords[0].text.hasSuffix("s")
        && nameWords[0].text.dropLast().allSatisfy { $0.isUppercase }
      let hasUnknownWord = nameWords.contains {
        guard let key = LookupKey.makeIfPossible($0.text) else { return true }
        return !isKnownWord(key, state: state) && !state.stopWords.contains(key)
      }
      guard hasTitle || isAcronym || isPluralAcronym || hasUnknownWord else { continue }
      // A lone unknown word opening a sentence is usually an ordinary word (`Given`), unless
      // the article already used it as a name.
      if first == firstWordIndex && nameWords.count == 1 && !isAcronym && !isPluralAcronym
        && !hasTitle,
        !state.seenEntities.contains(text.slice(words[first].utf8Range))
      {
        continue
      }
      if nameWords.count == 1, let only = nameWords.first,
        let key = LookupKey.makeIfPossible(only.text),
        state.lists.calendar[key] != nil || state.lists.reportingVerbs[key] != nil
          || state.stopWords.contains(key)
      {
        continue
      }
      let range = words[first].utf8Range.lowerBound..<words[end].utf8Range.upperBound
      let written = text.slice(range)
      // A plural acronym names the same thing as the acronym (`RAAs`).
      let name = isPluralAcronym ? String(written.dropLast()) : written
      if let mention = linkedMention(
        written,
        name: name,
        range: range,
        isPerson: hasTitle,
        state: state
      ) {
        mentions.append(mention)
      }
    }
    return mentions
  }

  /// An entity for a name the table lacks: linked when possible, else named as written.
  func linkedMention(
    _ written: String,
    name: String,
    range: Range<Int>,
    isPerson: Bool,
    state: ArticleState
  ) -> EntityMention? {
    if options.linksUnknownNames, let link = linker.link(name, language: state.language) {
      return EntityMention(
        text: written,
        canonical: link.entity.canonical,
        kind: EntityMention.Kind(link.entity.kind),
        utf8Range: range,
        isExactlyLinked: link.method == .table || link.method == .lexicon
      )
    }
    guard options.keepsUnlinkedNames else { return nil }
    return EntityMention(
      text: written,
      canonical: name,
      kind: isPerson ? .person : .other,
      utf8Range: range,
      isExactlyLinked: false
    )
  }

  /// Whether a word starts with an upper-case letter.
  private func isCapitalizedWord(_ word: Word) -> Bool {
    guard word.kind == .word, let first = word.text.unicodeScalars.first else { return false }
    return first.properties.isUppercase
  }

  /// Whether a word is written in capitals only, two letters or more (`RAA`, `OECD`).
  private func isAcronymWord(_ word: Word) -> Bool {
    Self.isAllCapitals(word.text)
  }

  /// Whether a text's letters are all capitals, two letters or more (`RAA`, `U.S.`).
  static func isAllCapitals(_ text: String) -> Bool {
    let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
    return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
  }

  /// Whether a capitalised word is a common word that happens to be capitalised (`The`,
  /// `Thursday`, `French`).
  private func isOrdinaryWord(_ word: Word, state: ArticleState) -> Bool {
    guard let key = LookupKey.makeIfPossible(word.text) else { return false }
    return state.stopWords.contains(key) || state.lists.calendar[key] != nil
      || state.lists.reportingVerbs[key] != nil
  }

  /// Whether the lexicon knows a key as a word of the state's language (`french`, `accord`).
  func isKnownWord(_ key: String, state: ArticleState) -> Bool {
    lexicon.concepts.isKnownWord(key, language: state.language)
      || (state.language == .english
        && lexicon.concepts.isKnownWord(
          Self.englishLemma(key, lexicon: lexicon),
          language: .english
        ))
  }

  // MARK: - Japanese

  /// Longest match of name-table names over characters, country abbreviations inside
  /// compounds, kanji names before titles and katakana names.
  private func japaneseEntities(in span: SentenceSpan, state: ArticleState) -> [EntityMention] {
    let scalars = span.scalars
    let text = state.text
    let count = scalars.count
    var mentions = [EntityMention]()
    var covered = [Bool](repeating: false, count: count)
    let maximum = lexicon.names.maximumKeyLength

    func cover(_ range: Range<Int>) { for index in range { covered[index] = true } }
    func titleAfter(_ index: Int) -> Int? {
      guard index < count else { return nil }
      let limit = min(count, index + state.lists.titles.maximumLength)
      var length = limit - index
      while length > 0 {
        let range = span.offset(at: index)..<span.offset(at: index + length)
        if let key = text.key(range), let title = state.lists.titles[key], title.position == .after
        {
          return index + length
        }
        length -= 1
      }
      return nil
    }
    func isAbbreviation(_ index: Int) -> NameTable.Entity? {
      guard index >= 0, index < count else { return nil }
      return lexicon.names.names(forKey: String(scalars[index].scalar)).first {
        $0.form == .abbreviation
      }?.entity
    }

    // Spans that start with a run of kana and kanji no name key starts with cannot be names:
    // their keys are the spans themselves. A voiced mark written apart (`ｶﾞ`, `か゛`) would join
    // the scalar before it in the key, so sentences with one are scanned in full.
    let prunesSpans = !scalars.contains {
      [0x3099, 0x309A, 0xFF9E, 0xFF9F].contains($0.scalar.value)
    }
    var index = 0
    while index < count {
      var matched = false
      var length = min(maximum, count - index)
      if prunesSpans,
        let limit = lexicon.names.kanaKanjiPrefixLength(
          of: scalars[index..<(index + length)].lazy.map(\.scalar)
        )
      {
        length = min(length, limit)
      }
      while length >= 1 {
        defer { length -= 1 }
        let end = index + length
        guard !scalars[index].scalar.properties.isWhitespace,
          !scalars[end - 1].scalar.properties.isWhitespace
        else { continue }
        let range = span.offset(at: index)..<span.offset(at: end)
        guard let key = text.key(range) else { continue }
        let candidates = lexicon.names.names(forKey: key).filter {
          ($0.language == .japanese || $0.language == .english) && $0.form != .abbreviation
        }
        guard !candidates.isEmpty, isWordBoundary(before: index, after: end, in: span) else {
          continue
        }
        let followedByTitle =
          titleAfter(end) != nil
          || (end < count && (scalars[end].scalar == "・" || scalars[end].scalar == "氏"))
        let hasTitle =
          followedByTitle
          || (candidates.contains { $0.language == .english }
            && hasLatinTitleBefore(offset: range.lowerBound, span: span, state: state))
        guard
          let entity = chooseEntity(
            candidates,
            language: .japanese,
            state: state,
            hasTitle: hasTitle,
            isCapitalized: length >= 2
          )
        else { continue }
        mentions.append(
          EntityMention(
            text: text.slice(range),
            canonical: entity.canonical,
            kind: EntityMention.Kind(entity.kind),
            utf8Range: range
          )
        )
        cover(index..<end)
        index = end
        matched = true
        break
      }
      if matched { continue }
      // One-character country abbreviations count only inside compounds.
      if let entity = isAbbreviation(index) {
        let previous = index > 0 ? scalars[index - 1].scalar : nil
        // A run (`日米`, `米中`) starts a word: in `増加中` (increasing), `加` (Canada) and `中`
        // (China) end a word that `増` starts.
        let startsWord = span.words.contains {
          $0.utf8Range.lowerBound == span.offset(at: index)
        }
        let inRun =
          (isAbbreviation(index + 1) != nil && startsWord)
          || (index > 0 && isAbbreviation(index - 1) != nil && covered[index - 1])
        let afterPrefix = previous.map { Self.abbreviationPrefixes.contains($0) } ?? false
        let beforeSuffix =
          titleAfter(index + 1) != nil
          || Self.abbreviationSuffixes.contains { suffix in
            let suffixScalars = Array(suffix.unicodeScalars)
            guard index + 1 + suffixScalars.count <= count else { return false }
            return (0..<suffixScalars.count).allSatisfy {
              scalars[index + 1 + $0].scalar == suffixScalars[$0]
            }
          }
        if inRun || afterPrefix || beforeSuffix {
          let range = span.offset(at: index)..<span.offset(at: index + 1)
          mentions.append(
            EntityMention(
              text: text.slice(range),
              canonical: entity.canonical,
              kind: EntityMention.Kind(entity.kind),
              utf8Range: range
            )
          )
          covered[index] = true
        }
      }
      index += 1
    }

    mentions += japaneseUnknownNames(
      in: span,
      covered: &covered,
      titleAfter: titleAfter,
      state: state
    )
    return mentions
  }

  /// Whether a Latin title (`Mr.`, `President`) ends just before `offset` in Japanese text.
  private func hasLatinTitleBefore(offset: Int, span: SentenceSpan, state: ArticleState) -> Bool {
    guard let wordIndex = span.words.firstIndex(where: { $0.utf8Range.lowerBound == offset })
    else { return false }
    let english = lexicon.lists(for: .english)
    let englishState = ArticleState(
      text: state.text,
      language: .english,
      lists: english,
      stopWords: [],
      published: nil,
      numbers: state.numbers
    )
    return hasTitleBefore(wordIndex: wordIndex, in: span, state: englishState)
  }

  /// Whether a match from scalar `start` to `end` does not cut a katakana or Latin word.
  private func isWordBoundary(before start: Int, after end: Int, in span: SentenceSpan) -> Bool {
    let scalars = span.scalars
    func kind(_ index: Int) -> Int {
      guard index >= 0, index < scalars.count else { return 0 }
      let scalar = scalars[index].scalar
      if (0x30A1...0x30FC).contains(scalar.value) && scalar.value != 0x30FB { return 1 }
      if scalar.properties.isAlphabetic && scalar.isASCII { return 2 }
      if ICUFreeScript.isDigit(scalar) { return 3 }
      return 0
    }
    let first = kind(start)
    let last = kind(end - 1)
    if first != 0 && kind(start - 1) == first { return false }
    if last != 0 && kind(end) == last { return false }
    return true
  }

  /// Katakana names, kanji names before titles and Latin acronyms the table does not know.
  private func japaneseUnknownNames(
    in span: SentenceSpan,
    covered: inout [Bool],
    titleAfter: (Int) -> Int?,
    state: ArticleState
  ) -> [EntityMention] {
    let scalars = span.scalars
    let count = scalars.count
    let text = state.text
    var mentions = [EntityMention]()

    // Kanji names before titles: 安倍晋三首相, 林外相.
    var index = 0
    while index < count {
      guard !covered[index], NameLinkerScripts.isKanji(scalars[index].scalar) else {
        index += 1
        continue
      }
      var runEnd = index
      while runEnd < count && !covered[runEnd] && NameLinkerScripts.isKanji(scalars[runEnd].scalar)
      {
        runEnd += 1
      }
      // Find the first title inside or right after the run; the name is the kanji before it.
      var found = false
      var titleStart = index + 1
      while titleStart <= runEnd && !found {
        if titleAfter(titleStart) != nil {
          for start in index..<titleStart where titleStart - start <= 6 {
            let candidate = String(
              String.UnicodeScalarView(scalars[start..<titleStart].map(\.scalar))
            )
            guard options.linksUnknownNames,
              let link = linker.personLink(
                kanji: candidate,
                allowsSurnameOnly: titleStart - start <= 3
              )
            else { continue }
            let range = span.offset(at: start)..<span.offset(at: titleStart)
            mentions.append(
              EntityMention(
                text: text.slice(range),
                canonical: link.entity.canonical,
                kind: .person,
                utf8Range: range,
                isExactlyLinked: false
              )
            )
            for covering in start..<titleStart { covered[covering] = true }
            found = true
            break
          }
        }
        titleStart += 1
      }
      index = max(runEnd, index + 1)
    }

    // Katakana runs joined by `・` or `＝`: foreign names.
    index = 0
    while index < count {
      guard !covered[index], Self.isKatakana(scalars[index].scalar) else {
        index += 1
        continue
      }
      var end = index
      var hasSeparator = false
      while end < count && !covered[end] {
        let scalar = scalars[end].scalar
        if Self.isKatakana(scalar) {
          end += 1
        } else if (scalar == "・" || scalar == "＝") && end + 1 < count
          && Self.isKatakana(scalars[end + 1].scalar) && !covered[end + 1]
        {
          hasSeparator = true
          end += 1
        } else {
          break
        }
      }
      defer { index = end }
      guard end - index >= 2 else { continue }
      let range = span.offset(at: index)..<span.offset(at: end)
      // A word the lexicon knows is no name, unless a person's title follows (`リード氏`).
      let isPerson = titleAfter(end) != nil
      guard let key = text.key(range),
        isPerson || !lexicon.concepts.isKnownWord(key, language: .japanese)
      else { continue }
      var mention: EntityMention?
      if options.linksUnknownNames, let link = linker.transliterationLink(key) {
        mention = EntityMention(
          text: text.slice(range),
          canonical: link.entity.canonical,
          kind: EntityMention.Kind(link.entity.kind),
          utf8Range: range,
          isExactlyLinked: false
        )
      } else if options.keepsUnlinkedNames && (isPerson || hasSeparator),
        let latin = try? Transliterator.latin(fromKatakana: key)
      {
        mention = EntityMention(
          text: text.slice(range),
          canonical: Self.titleCased(latin),
          kind: isPerson ? .person : .other,
          utf8Range: range,
          isExactlyLinked: false
        )
      }
      if let mention {
        mentions.append(mention)
        for covering in index..<end { covered[covering] = true }
      }
    }

    // Latin acronyms (RAA, AI) in Japanese text.
    var latinNames = [Range<Int>]()
    for word in span.words where word.kind == .word {
      let start = span.scalarIndex(at: word.utf8Range.lowerBound)
      guard start < count, !covered[start] else { continue }
      let letters = word.text.unicodeScalars
      guard letters.count >= 2, letters.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }),
        letters.first?.properties.isUppercase == true
      else { continue }
      if letters.allSatisfy({ $0.properties.isUppercase }) {
        mentions.append(
          EntityMention(
            text: word.text,
            canonical: word.text,
            kind: .other,
            utf8Range: word.utf8Range,
            isExactlyLinked: false
          )
        )
        continue
      }
      // Capitalised Latin words (`Boots`, `Gwyneth Paltrow`), joined across single spaces.
      if let last = latinNames.last, text.slice(last.upperBound..<word.utf8Range.lowerBound) == " "
      {
        latinNames[latinNames.count - 1] = last.lowerBound..<word.utf8Range.upperBound
      } else {
        latinNames.append(word.utf8Range)
      }
    }
    // Table names were matched above, over characters: these are names the table lacks, kept
    // as written, as an English or French article keeps them.
    for range in latinNames where options.keepsUnlinkedNames {
      let written = text.slice(range)
      mentions.append(
        EntityMention(
          text: written,
          canonical: written,
          kind: .other,
          utf8Range: range,
          isExactlyLinked: false
        )
      )
    }
    return mentions
  }

  /// Whether a scalar is katakana or the long-vowel mark (not the middle dot).
  static func isKatakana(_ scalar: Unicode.Scalar) -> Bool {
    ((0x30A1...0x30FA).contains(scalar.value) || scalar.value == 0x30FC)
  }

  /// A romanisation with each word capitalised and ICU's marks removed (`makuron` → `Makuron`).
  static func titleCased(_ latin: String) -> String {
    let cleaned = latin.unicodeScalars.map { scalar -> Character in
      scalar.properties.isAlphabetic ? Character(scalar) : " "
    }
    return String(cleaned).split(separator: " ").map { word in
      word.prefix(1).uppercased() + word.dropFirst()
    }.joined(separator: " ")
  }
}

extension EntityMention.Kind {
  /// The claim model's kind for a name table kind.
  init(_ kind: NameTable.Kind) {
    switch kind {
    case .person: self = .person
    case .place: self = .place
    case .organisation: self = .organisation
    case .other: self = .other
    }
  }
}

/// Script tests that need no ICU.
enum ICUFreeScript {
  /// Whether a scalar is an ASCII or full-width digit.
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    (0x30...0x39).contains(scalar.value) || (0xFF10...0xFF19).contains(scalar.value)
  }
}

/// Script tests shared with the name linker.
enum NameLinkerScripts {
  /// Whether a scalar is a CJK ideograph or `々`.
  static func isKanji(_ scalar: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
      || scalar.value == 0x3005
  }
}
