/// Splits text into words with ICU's word break iterator (dictionary-based for Japanese) and the
/// repairs ICU needs.
///
/// Repairs, all driven by `dictionaries/<code>/`:
/// - katakana words ICU's dictionary splits (`マクロ|ン`, `マイ|レ|ージ`) are re-joined when a piece
///   starts with a character no word starts with (`ン`, `ー`, small kana) or is one character long;
///   `・` stays a separate mark, so `エマニュエル・マクロン` keeps its parts;
/// - French elisions (`l'Élysée` → `l'` + `Élysée`) and English clitics (`Japan's` →
///   `Japan` + `'s`) are split off;
/// - numbers grouped with spaces (`1 234,5` in French) are kept whole.
///
/// Hyphenated compounds come out as their parts and the hyphen (`Indo`, `-`, `Pacific`), so each
/// part can be found.
public struct WordSegmenter: Sendable {
  /// The language data the segmenter follows.
  public let profile: LanguageProfile

  /// Creates a segmenter with the bundled dictionaries of `language`.
  ///
  /// - Throws: `TextProcessingError` when the bundled dictionaries cannot be read.
  public init(language: Language) throws(TextProcessingError) {
    self.profile = try LanguageProfile.bundled(language)
  }

  /// Creates a segmenter following `profile`.
  public init(profile: LanguageProfile) { self.profile = profile }

  /// The words of `text` in order; white space is not a word.
  ///
  /// - Throws: `TextProcessingError` when ICU fails.
  /// - Complexity: O(n) in the length of the text.
  public func words(in text: String) throws(TextProcessingError) -> [Word] {
    try words(in: SourceText(text))
  }

  /// The words of `source` in order.
  func words(in source: SourceText) throws(TextProcessingError) -> [Word] {
    let segments = try source.segments(sentenceLocale: nil, wordLocale: profile.wordBreakLocale)
    var words = WordCollector()
    segment(source, boundaries: segments, into: &words)
    return words.takeAll()
  }

  /// Gives every word of `source` to `sink`, in order, from ICU's word boundaries (UTF-8
  /// offsets) and their rule statuses, which `boundaries` hands out a chunk at a time.
  ///
  /// Every segment that is not white space becomes a token. A token is held back until the next
  /// one shows whether the two join (katakana pieces, space-grouped numbers); the joins are
  /// made against the last token so far and never compete, as katakana tokens are words and the
  /// other join is between numbers. A finished token becomes one word, or two when an elision or
  /// a clitic splits off.
  func segment<Sink: WordSink>(
    _ source: SourceText,
    boundaries: ICU.Segments,
    into sink: inout Sink
  ) {
    let checksKatakana = !profile.nonInitialCharacters.isEmpty
    let joinsNumbers = profile.groupsDigitsWithSpaces
    let splitsAffixes = !profile.elisions.isEmpty || !profile.clitics.isEmpty
    // The affix keys as bytes, read once per text rather than once per word with an apostrophe.
    let elisionKeys = profile.elisions.map { Array($0.utf8) }
    let cliticKeys = profile.clitics.map { Array($0.utf8) }
    // One chunk of boundaries and their statuses at a time, reused.
    let chunk = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 2 * ICU.Segments.chunkSize)
    defer { chunk.deallocate() }
    let ends = UnsafeMutableBufferPointer(rebasing: chunk[..<ICU.Segments.chunkSize])
    let statuses = UnsafeMutableBufferPointer(rebasing: chunk[ICU.Segments.chunkSize...])
    source.bytes.withUnsafeBufferPointer { bytes in
      Token.asciiKinds.withUnsafeBufferPointer { asciiKinds in
        // Hands the words of a finished token to the sink.
        func finish(_ token: Token) {
          if splitsAffixes, token.kind == .word, token.hasApostrophe,
            let split = Self.affixSplit(
              token,
              in: bytes,
              elisions: elisionKeys,
              clitics: cliticKeys
            )
          {
            let first = token.range.lowerBound..<split
            let second = split..<token.range.upperBound
            sink.take(Word(utf8Range: first, kind: .word, in: bytes))
            sink.take(Word(utf8Range: second, kind: .word, in: bytes))
          } else {
            sink.take(Word(utf8Range: token.range, kind: token.kind, in: bytes))
          }
        }

        var pending: Token?
        // Apostrophes are rare: one search ahead through the text finds the next, for every word.
        var nextApostrophe = -1
        var start = 0
        while case let count = boundaries.nextWords(into: ends, statuses: statuses), count > 0 {
          for index in 0..<count {
            let range = start..<Int(ends[index])
            start = range.upperBound
            guard let (first, _) = SourceText.scalar(at: range.lowerBound, in: bytes) else {
              continue
            }
            // ICU's word rule statuses: 0-99 none, 100-199 number, 200-299 letter, 300-399 kana,
            // 400-499 ideographic. Only "none" segments need a look at their characters.
            let kind: Word.Kind
            switch statuses[index] {
            case 100..<200: kind = .number
            case 200..<500: kind = .word
            default:
              let noneKind =
                first.value < 0x80 ? asciiKinds[Int(first.value)] : Token.kind(startingWith: first)
              guard let noneKind else { continue }
              kind = noneKind
            }
            var token = Token(range: range, kind: kind, firstScalar: first)
            if kind == .word {
              if nextApostrophe < range.lowerBound {
                // ' is 27 and ’ is E2 80 99; 99 is never a lead byte, so a byte search finds both.
                nextApostrophe =
                  source.firstOffset(of: 0x27, or: 0x99, in: range.lowerBound..<bytes.count)
                  ?? bytes.count
              }
              token.hasApostrophe = nextApostrophe < range.upperBound
              if checksKatakana && first.value >= 0x80 {
                (token.isKatakana, token.scalarCount) = Token.katakanaLetters(range, in: bytes)
              }
            }
            if var last = pending {
              if checksKatakana && last.isKatakana && token.isKatakana
                && joinsKatakana(last, token)
              {
                last.range = last.range.lowerBound..<token.range.upperBound
                last.scalarCount += token.scalarCount
                last.hasApostrophe = last.hasApostrophe || token.hasApostrophe
                pending = last
                continue
              }
              if joinsNumbers && last.kind == .number && token.kind == .number
                && joinsSpaceGroupedNumber(last, token, source: source)
              {
                last.range = last.range.lowerBound..<token.range.upperBound
                pending = last
                continue
              }
              // Most tokens have no apostrophe: their word is made here rather than in a call.
              if last.hasApostrophe {
                finish(last)
              } else {
                sink.take(Word(utf8Range: last.range, kind: last.kind, in: bytes))
              }
            }
            pending = token
          }
        }
        if let last = pending { finish(last) }
      }
    }
  }

  /// A word in the making: its range, kind, and what the repairs need to know of its characters.
  struct Token {
    /// The UTF-8 range in the text.
    var range: Range<Int>
    /// What the token is made of.
    var kind: Word.Kind
    /// Whether every character is a katakana letter (only worked out when katakana is checked).
    var isKatakana = false
    /// Whether the word holds an apostrophe (' or ’), the only way to an elision or a clitic.
    var hasApostrophe = false
    /// The first character.
    var firstScalar: Unicode.Scalar
    /// The number of characters (only counted when katakana is checked).
    var scalarCount = 0

    /// The kind of a segment ICU gives no letter or number status, from its first scalar, or
    /// `nil` for white space.
    static func kind(startingWith first: Unicode.Scalar) -> Word.Kind? {
      if ICU.isWhiteSpace(first) { return nil }
      let category = ICU.generalCategory(of: first)
      if GeneralCategory.isPunctuation(category) { return .punctuation }
      if GeneralCategory.isLetter(category) || GeneralCategory.isMark(category) { return .word }
      if GeneralCategory.isNumber(category) { return .number }
      return .symbol
    }

    /// `kind(startingWith:)` of every ASCII scalar, asked of ICU once: most segments that need it
    /// are spaces and ASCII punctuation.
    static let asciiKinds: [Word.Kind?] = (0..<128).map {
      kind(startingWith: Unicode.Scalar(UInt8($0)))
    }

    /// Whether every character of `range` is a katakana letter, and how many characters it has.
    static func katakanaLetters(
      _ range: Range<Int>,
      in bytes: UnsafeBufferPointer<UInt8>
    ) -> (Bool, Int) {
      var allKatakana = true
      var count = 0
      var offset = max(range.lowerBound, 0)
      let end = min(range.upperBound, bytes.count)
      while offset < end, let (scalar, width) = SourceText.scalar(at: offset, in: bytes) {
        offset += width
        count += 1
        guard allKatakana else { continue }
        let category = ICU.generalCategory(of: scalar)
        allKatakana =
          ICU.has(scalar, script: .katakana)
          && (category == GeneralCategory.otherLetter || category == GeneralCategory.modifierLetter)
      }
      return (allKatakana, count)
    }
  }

  /// Whether `token` continues the katakana word `last` that ICU's dictionary split.
  ///
  /// It does when both are all katakana, touch, and `token` starts with a character no word
  /// starts with, or either is one character long.
  private func joinsKatakana(_ last: Token, _ token: Token) -> Bool {
    last.isKatakana && token.isKatakana && last.range.upperBound == token.range.lowerBound
      && (profile.nonInitialCharacters.contains(token.firstScalar) || token.scalarCount == 1
        || last.scalarCount == 1)
  }

  /// Whether the number `token` is a thousands group of the number `last`, after a single space,
  /// NBSP or narrow NBSP (`1 234,5`).
  ///
  /// A group joins only when it starts with exactly three digits, so `en 2023 100 personnes`
  /// stays two numbers only when the second is not three digits long; that ambiguity is inherent
  /// in the notation.
  private func joinsSpaceGroupedNumber(_ last: Token, _ token: Token, source: SourceText) -> Bool {
    last.kind == .number && token.kind == .number
      && token.range.lowerBound - last.range.upperBound <= 3
      && isSingleSpace(source.slice(last.range.upperBound..<token.range.lowerBound))
      && startsWithThreeDigitGroup(source.slice(token.range))
      && !source.slice(last.range).contains(profile.decimalSeparator)
  }

  private func isSingleSpace(_ text: String) -> Bool {
    text == " " || text == "\u{00A0}" || text == "\u{202F}"
  }

  private func startsWithThreeDigitGroup(_ text: String) -> Bool {
    let digits = text.unicodeScalars.prefix { ICU.digitValue(of: $0) != nil }
    guard digits.count == 3 else { return false }
    return text.unicodeScalars.count == 3
      || text.unicodeScalars.dropFirst(3).first.map {
        String($0) == String(profile.decimalSeparator)
      } == true
  }

  /// Where to split a leading elision (`l'`, `qu'`) or a trailing clitic (`'s`, `n't`) off a
  /// word, or `nil`; `elisions` and `clitics` are the profile's keys as UTF-8, in its order.
  private static func affixSplit(
    _ token: Token,
    in bytes: UnsafeBufferPointer<UInt8>,
    elisions: [[UInt8]],
    clitics: [[UInt8]]
  ) -> Int? {
    for elision in elisions {
      if let end = matchAffix(elision, in: bytes, at: token.range.lowerBound, forward: true),
        end < token.range.upperBound
      {
        return end
      }
    }
    for clitic in clitics {
      if let start = matchAffix(clitic, in: bytes, at: token.range.upperBound, forward: false),
        start > token.range.lowerBound
      {
        return start
      }
    }
    return nil
  }

  /// Matches an affix key (lower-case ASCII letters and `'`, as UTF-8) against the bytes starting
  /// at `offset` (forward) or ending at it (backward), ASCII case-insensitively, with `'` matching
  /// either apostrophe (' or ’); returns the other end of the match.
  ///
  /// Every elision and clitic key in the dictionaries is ASCII; a non-ASCII key never matches.
  static func matchAffix(
    _ key: [UInt8],
    in bytes: UnsafeBufferPointer<UInt8>,
    at offset: Int,
    forward: Bool
  ) -> Int? {
    var position = offset
    // The key's bytes are read in the direction of the match.
    for step in key.indices {
      let expected = forward ? key[step] : key[key.count - 1 - step]
      guard expected < 0x80 else { return nil }
      if expected == 0x27 {
        if forward {
          if position < bytes.count && bytes[position] == 0x27 {
            position += 1
          } else if position + 2 < bytes.count && bytes[position] == 0xE2
            && bytes[position + 1] == 0x80
            && bytes[position + 2] == 0x99
          {
            position += 3
          } else {
            return nil
          }
        } else {
          if position > 0 && position <= bytes.count && bytes[position - 1] == 0x27 {
            position -= 1
          } else if position >= 3 && position <= bytes.count && bytes[position - 3] == 0xE2
            && bytes[position - 2] == 0x80
            && bytes[position - 1] == 0x99
          {
            position -= 3
          } else {
            return nil
          }
        }
        continue
      }
      let index = forward ? position : position - 1
      guard index >= 0, index < bytes.count else { return nil }
      let byte = bytes[index]
      let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      guard lowered == expected else { return nil }
      position += forward ? 1 : -1
    }
    return position
  }

}
