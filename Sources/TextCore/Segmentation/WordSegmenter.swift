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
    let (ends, statuses) = try source.segments(
      .word,
      locale: profile.wordBreakLocale,
      withStatuses: true
    )
    let checksKatakana = !profile.nonInitialCharacters.isEmpty
    var tokens = [Token]()
    tokens.reserveCapacity(ends.count)
    var start = 0
    for (end, status) in zip(ends, statuses) {
      let range = start..<Int(end)
      start = Int(end)
      guard
        let token = Token(
          range: range,
          ruleStatus: status,
          source: source,
          checksKatakana: checksKatakana
        )
      else { continue }
      tokens.append(token)
    }
    if checksKatakana { tokens = joiningKatakana(tokens, source: source) }
    if profile.groupsDigitsWithSpaces {
      tokens = joiningSpaceGroupedNumbers(tokens, source: source)
    }
    let splitsAffixes = !profile.elisions.isEmpty || !profile.clitics.isEmpty
    var words = [Word]()
    words.reserveCapacity(tokens.count)
    for token in tokens {
      if splitsAffixes, token.kind == .word, let split = affixSplit(token, source: source) {
        words.append(
          Word(
            text: source.slice(token.range.lowerBound..<split),
            utf8Range: token.range.lowerBound..<split,
            kind: .word
          )
        )
        words.append(
          Word(
            text: source.slice(split..<token.range.upperBound),
            utf8Range: split..<token.range.upperBound,
            kind: .word
          )
        )
      } else {
        words.append(
          Word(text: source.slice(token.range), utf8Range: token.range, kind: token.kind)
        )
      }
    }
    return words
  }

  /// A word in the making: its range, kind, and whether it is all katakana letters.
  private struct Token {
    var range: Range<Int>
    var kind: Word.Kind
    var isKatakana = false
    var firstScalar: Unicode.Scalar
    var scalarCount = 0

    init?(range: Range<Int>, ruleStatus: Int32, source: SourceText, checksKatakana: Bool) {
      guard let (first, _) = source.scalar(at: range.lowerBound) else { return nil }
      self.range = range
      self.firstScalar = first
      // ICU's word rule statuses: 0-99 none, 100-199 number, 200-299 letter, 300-399 kana,
      // 400-499 ideographic. Only "none" segments need a look at their characters.
      switch ruleStatus {
      case 100..<200: self.kind = .number
      case 200..<500: self.kind = .word
      default:
        if ICU.isWhiteSpace(first) { return nil }
        let category = ICU.generalCategory(of: first)
        if GeneralCategory.isPunctuation(category) {
          self.kind = .punctuation
        } else if GeneralCategory.isLetter(category) || GeneralCategory.isMark(category) {
          self.kind = .word
        } else if GeneralCategory.isNumber(category) {
          self.kind = .number
        } else {
          self.kind = .symbol
        }
      }
      guard checksKatakana, kind == .word, first.value >= 0x80 else { return }
      var allKatakana = true
      var count = 0
      source.forEachScalar(in: range) { scalar, _ in
        count += 1
        guard allKatakana else { return }
        let category = ICU.generalCategory(of: scalar)
        allKatakana =
          ICU.has(scalar, script: .katakana)
          && (category == GeneralCategory.otherLetter || category == GeneralCategory.modifierLetter)
      }
      self.isKatakana = allKatakana
      self.scalarCount = count
    }
  }

  /// Re-joins adjacent katakana pieces that ICU's dictionary split inside one word.
  private func joiningKatakana(_ tokens: [Token], source: SourceText) -> [Token] {
    var result = [Token]()
    result.reserveCapacity(tokens.count)
    for token in tokens {
      if var last = result.last, last.isKatakana, token.isKatakana,
        last.range.upperBound == token.range.lowerBound,
        profile.nonInitialCharacters.contains(token.firstScalar) || token.scalarCount == 1
          || last.scalarCount == 1
      {
        last.range = last.range.lowerBound..<token.range.upperBound
        last.scalarCount += token.scalarCount
        result[result.count - 1] = last
      } else {
        result.append(token)
      }
    }
    return result
  }

  /// Joins numbers whose thousands are grouped with a space, NBSP or narrow NBSP (`1 234,5`).
  ///
  /// A group joins only when it starts with exactly three digits, so `en 2023 100 personnes`
  /// stays two numbers only when the second is not three digits long; that ambiguity is inherent
  /// in the notation.
  private func joiningSpaceGroupedNumbers(_ tokens: [Token], source: SourceText) -> [Token] {
    var result = [Token]()
    result.reserveCapacity(tokens.count)
    for token in tokens {
      if var last = result.last, last.kind == .number, token.kind == .number,
        token.range.lowerBound - last.range.upperBound <= 3,
        isSingleSpace(source.slice(last.range.upperBound..<token.range.lowerBound)),
        startsWithThreeDigitGroup(source.slice(token.range)),
        !source.slice(last.range).contains(profile.decimalSeparator)
      {
        last.range = last.range.lowerBound..<token.range.upperBound
        result[result.count - 1] = last
      } else {
        result.append(token)
      }
    }
    return result
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
  /// word, or `nil`.
  private func affixSplit(_ token: Token, source: SourceText) -> Int? {
    // Only words with an apostrophe (' or ’, E2 80 99) can have one; look at the bytes first.
    var hasApostrophe = false
    for offset in token.range where source.bytes[offset] == 0x27 || source.bytes[offset] == 0x99 {
      hasApostrophe = true
      break
    }
    guard hasApostrophe else { return nil }
    for elision in profile.elisions {
      if let end = Self.matchAffix(
        elision,
        in: source.bytes,
        at: token.range.lowerBound,
        forward: true
      ),
        end < token.range.upperBound
      {
        return end
      }
    }
    for clitic in profile.clitics {
      if let start = Self.matchAffix(
        clitic,
        in: source.bytes,
        at: token.range.upperBound,
        forward: false
      ),
        start > token.range.lowerBound
      {
        return start
      }
    }
    return nil
  }

  /// Matches an affix key (lower-case ASCII letters and `'`) against the bytes starting at
  /// `offset` (forward) or ending at it (backward), ASCII case-insensitively, with `'` matching
  /// either apostrophe (' or ’); returns the other end of the match.
  ///
  /// Every elision and clitic key in the dictionaries is ASCII; a non-ASCII key never matches.
  static func matchAffix(_ key: String, in bytes: [UInt8], at offset: Int, forward: Bool) -> Int? {
    var position = offset
    let pattern = forward ? Array(key.utf8) : Array(key.utf8.reversed())
    for expected in pattern {
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
          if position > 0 && bytes[position - 1] == 0x27 {
            position -= 1
          } else if position >= 3 && bytes[position - 3] == 0xE2 && bytes[position - 2] == 0x80
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
