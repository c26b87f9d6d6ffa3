import Foundation

/// Reads every number in a text to its value: digits of any script with the language's
/// separators, kanji numerals with 十/百/千/万/億/兆, scale words and spelled-out numbers.
///
/// Spelled-out numbers are parsed by ICU's rule-based spellout (`unum_parseDouble` on a spellout
/// formatter); digit values and kanji numeral values come from ICU's character properties.
public struct NumberReader: Sendable {
  /// The language data the reader follows.
  public let profile: LanguageProfile

  /// Creates a reader with the bundled dictionaries of `language`.
  ///
  /// - Throws: `TextProcessingError` when the bundled dictionaries cannot be read.
  public init(language: Language) throws(TextProcessingError) {
    self.profile = try LanguageProfile.bundled(language)
  }

  /// Creates a reader following `profile`.
  public init(profile: LanguageProfile) { self.profile = profile }

  /// The numbers of `text` in order, with ranges in `text`.
  ///
  /// - Throws: `TextProcessingError` when ICU fails.
  public func numbers(in text: String) throws(TextProcessingError) -> [NumberMention] {
    let source = SourceText(text)
    let words = try WordSegmenter(profile: profile).words(in: source)
    let whole = 0..<source.bytes.count
    var mentions = digitNumbers(in: whole, of: source)
    let candidates = spelloutCandidates(
      in: whole,
      of: source,
      words: words[...],
      skipping: mentions
    )
    mentions += try spelledOutNumbers(candidates, of: source)
    return mentions.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
  }

  /// The numbers written with digits or numerals in `range` of `source`.
  func digitNumbers(in range: Range<Int>, of source: SourceText) -> [NumberMention] {
    let scalars = source.scalarsWithOffsets(in: range)
    var mentions = [NumberMention]()
    var index = 0
    while index < scalars.count {
      guard isNumberStart(scalars[index].scalar) else {
        index += 1
        continue
      }
      let end = numberEnd(from: index, in: scalars)
      defer { index = end }
      if isAttachedToName(at: index, in: scalars) { continue }
      let run = Array(scalars[index..<end])
      let hasDigits = run.contains { ICU.digitValue(of: $0.scalar) != nil }
      let hasNumerals = run.contains { profile.numeralCharacters.contains($0.scalar) }
      let endOffset = end < scalars.count ? scalars[end].offset : range.upperBound
      if !hasDigits {
        if isInsideNonNumberWord(run[0].offset, in: range, of: source) { continue }
        let numeralCount = run.count { profile.numeralCharacters.contains($0.scalar) }
        if numeralCount < 2 && !isFollowedByUnit(endOffset, in: range, of: source) { continue }
      }
      guard
        var value = hasNumerals
          ? numeralValue(run.map(\.scalar)) : digitValue(run.map(\.scalar))
      else { continue }
      var upper = endOffset
      if let (scale, scaleEnd) = scaleWord(after: upper, in: range, of: source) {
        value *= scale
        upper = scaleEnd
      }
      let lower = run[0].offset
      mentions.append(
        NumberMention(
          text: source.slice(lower..<upper),
          value: Self.plain(value),
          utf8Range: lower..<upper,
          notation: hasNumerals ? .numerals : .digits
        )
      )
    }
    return mentions
  }

  // MARK: Digits and numerals

  private func isNumberStart(_ scalar: Unicode.Scalar) -> Bool {
    ICU.digitValue(of: scalar) != nil || profile.numeralCharacters.contains(scalar)
  }

  /// Whether `scalar` can separate digit groups or decimals inside a number.
  private func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ",", ".", "\u{FF0C}", "\u{FF0E}": true
    // French groups digits with a space, a no-break space or a thin space (`330 000`).
    default: Self.isNumberSpace(scalar) && profile.groupsDigitsWithSpaces
    }
  }

  /// Whether `scalar` is a space that may stand inside a number or between a number and its
  /// scale word or unit: a space, a no-break, narrow no-break or thin space (`20 millions`).
  private static func isNumberSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "\u{2009}"
  }

  /// The index after the number that starts at `start`.
  private func numberEnd(
    from start: Int,
    in scalars: [(scalar: Unicode.Scalar, offset: Int)]
  ) -> Int {
    var index = start
    while index < scalars.count {
      let scalar = scalars[index].scalar
      if isNumberStart(scalar) {
        index += 1
        continue
      }
      if index > start, index + 1 < scalars.count, Self.isNumberSpace(scalar),
        isSpacedScale(before: scalars[index - 1].scalar, after: scalars[index + 1].scalar)
      {
        index += 1
        continue
      }
      guard isSeparator(scalar), index + 1 < scalars.count,
        ICU.digitValue(of: scalars[index + 1].scalar) != nil,
        index > start, ICU.digitValue(of: scalars[index - 1].scalar) != nil
      else { break }
      if ICU.isWhiteSpace(scalar) {
        // A space groups thousands only before exactly three digits (`1 234`, `12 500,5`).
        let group = scalars[(index + 1)...].prefix { ICU.digitValue(of: $0.scalar) != nil }
        if group.count != 3 { break }
      }
      index += 1
    }
    return index
  }

  /// Whether a space between two characters stands inside a number written with digits and
  /// kanji scale numerals (`1 万 5 千`, as NTREX's Japanese spaces them): a digit before a scale
  /// numeral (十 and up), or a scale numeral before a digit.
  private func isSpacedScale(before: Unicode.Scalar, after: Unicode.Scalar) -> Bool {
    func isScale(_ scalar: Unicode.Scalar) -> Bool {
      profile.numeralCharacters.contains(scalar) && (ICU.numericValue(of: scalar) ?? 0) >= 10
    }
    let isDigit = { (scalar: Unicode.Scalar) in ICU.digitValue(of: scalar) != nil }
    return isDigit(before) && isScale(after) || isScale(before) && isDigit(after)
  }

  /// Whether the number at `index` is part of a name such as `G7`, `F-35` or `COVID-19`.
  private func isAttachedToName(
    at index: Int,
    in scalars: [(scalar: Unicode.Scalar, offset: Int)]
  ) -> Bool {
    guard index > 0 else { return false }
    var previous = scalars[index - 1].scalar
    if previous == "-", index > 1 { previous = scalars[index - 2].scalar }
    return GeneralCategory.isLetter(ICU.generalCategory(of: previous))
      && ICU.script(of: previous) == ICU.Script.latin.rawValue
  }

  /// The value of a number written with digits and separators alone, as a plain decimal
  /// (`3,9` in French is `3.9`, `30 000` is `30000`); `nil` for text with anything else (a scale
  /// word or numeral, a unit, a letter).
  ///
  /// For callers that need a number's digits without its scale (the ends of a range).
  public func digitsOnlyValue(_ text: some StringProtocol) -> String? {
    let scalars = Array(String(text).unicodeScalars.drop(while: ICU.isWhiteSpace))
    let trimmed = scalars.reversed().drop(while: ICU.isWhiteSpace).reversed()
    guard trimmed.contains(where: { ICU.digitValue(of: $0) != nil }),
      trimmed.allSatisfy({ scalar in
        ICU.digitValue(of: scalar) != nil || isSeparator(scalar) || scalar == "," || scalar == "."
      }),
      let value = digitValue(Array(trimmed))
    else { return nil }
    return Self.plain(value)
  }

  /// The value of a number written with digits and separators, by the language's conventions.
  ///
  /// With both `,` and `.` the last one is the decimal mark; a lone separator is a decimal mark
  /// when it is the language's or when it is not followed by exactly three digits; a repeated one
  /// groups digits.
  private func digitValue(_ scalars: [Unicode.Scalar]) -> Decimal? {
    var digits = ""
    var separators = [(mark: Character, position: Int)]()
    for scalar in scalars {
      if let digit = ICU.digitValue(of: scalar) {
        digits.append(Character(String(digit)))
      } else if ICU.isWhiteSpace(scalar) {
        continue
      } else {
        let mark: Character = (scalar == "," || scalar == "\u{FF0C}") ? "," : "."
        separators.append((mark, digits.count))
      }
    }
    var decimalPosition: Int?
    if let last = separators.last {
      let marks = Set(separators.map(\.mark))
      let trailingDigits = digits.count - last.position
      if marks.count > 1 {
        decimalPosition = last.position
      } else if separators.count == 1
        && (last.mark == profile.decimalSeparator || trailingDigits != 3)
      {
        decimalPosition = last.position
      }
    }
    var plain = digits
    if let position = decimalPosition {
      plain.insert(".", at: plain.index(plain.startIndex, offsetBy: position))
    }
    return Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX"))
  }

  /// The value of kanji numerals, possibly mixed with digits (`１億２千万`, `3万5000`, `二千二十三`).
  private func numeralValue(_ scalars: [Unicode.Scalar]) -> Decimal? {
    var total = Decimal(0)
    var section = Decimal(0)
    var current: Decimal?
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if ICU.digitValue(of: scalar) != nil {
        let chunk = scalars[index...].prefix {
          ICU.digitValue(of: $0) != nil || isSeparator($0)
        }
        guard let value = digitValue(Array(chunk)) else { return nil }
        current = value
        index += chunk.count
        continue
      }
      index += 1
      guard let numeric = ICU.numericValue(of: scalar) else {
        // Separators, and the spaces `numberEnd` kept around scale numerals (`1 万 5 千`).
        if isSeparator(scalar) || Self.isNumberSpace(scalar) { continue }
        return nil
      }
      let value = Decimal(numeric)
      if numeric < 10 {
        current = (current ?? 0) * 10 + value
      } else if numeric < 10_000 {
        section += (current ?? 1) * value
        current = nil
      } else {
        section += current ?? 0
        total += (section == 0 ? 1 : section) * value
        section = 0
        current = nil
      }
    }
    return total + section + (current ?? 0)
  }

  /// Whether the character at `offset` belongs to a word of `range` that contains numerals but
  /// is not a number (`一部`, `統一`).
  ///
  /// Each listed word is compared, as UTF-8 bytes, at the few places it could cover `offset`
  /// (a valid UTF-8 word can only match at a character boundary): much cheaper than finding
  /// every listed word in the whole sentence.
  private func isInsideNonNumberWord(
    _ offset: Int,
    in range: Range<Int>,
    of source: SourceText
  ) -> Bool {
    guard !profile.nonNumberWords.isEmpty else { return false }
    return source.bytes.withUnsafeBufferPointer { bytes in
      let limit = min(range.upperBound, bytes.count)
      for word in profile.nonNumberWords {
        var word = word
        let isFound = word.withUTF8 { pattern in
          guard !pattern.isEmpty else { return false }
          var start = max(range.lowerBound, offset - pattern.count + 1)
          while start <= offset && start + pattern.count <= limit {
            if UnsafeBufferPointer(rebasing: bytes[start..<start + pattern.count])
              .elementsEqual(pattern)
            {
              return true
            }
            start += 1
          }
          return false
        }
        if isFound { return true }
      }
      return false
    }
  }

  /// Whether a unit or counter (`人`, `年`, `years`) starts at `offset`, after at most one space.
  ///
  /// The next word is tried whole (Latin units) and by its first one to four characters
  /// (Japanese counters are written without a space before the next word).
  private func isFollowedByUnit(_ offset: Int, in range: Range<Int>, of source: SourceText) -> Bool
  {
    let rest = source.slice(offset..<min(range.upperBound, offset + 64))
    let trimmed = rest.drop { $0.unicodeScalars.allSatisfy(Self.isNumberSpace) }
    let word = trimmed.prefix { $0.isLetter || $0 == "%" || $0 == "\u{FF05}" }
    var candidates = [String(word)]
    for length in 1...4 where length < word.count { candidates.append(String(word.prefix(length))) }
    return candidates.contains { candidate in
      guard !candidate.isEmpty, let key = try? TextNormalizer.key(candidate) else { return false }
      return profile.units.contains(key)
    }
  }

  /// A scale word right after a number (`million`, `milliards`, `bn`), with its end offset.
  private func scaleWord(
    after offset: Int,
    in range: Range<Int>,
    of source: SourceText
  ) -> (Decimal, Int)? {
    guard !profile.scaleWords.isEmpty, offset < range.upperBound else { return nil }
    var start = offset
    let scalars = source.scalarsWithOffsets(in: offset..<min(range.upperBound, offset + 40))
    var index = 0
    if let first = scalars.first, Self.isNumberSpace(first.scalar) {
      index = 1
      start = offset + UTF8.width(first.scalar)
    }
    let letters = scalars[index...].prefix {
      GeneralCategory.isLetter(ICU.generalCategory(of: $0.scalar))
    }
    guard let last = letters.last else { return nil }
    let end = last.offset + UTF8.width(last.scalar)
    guard let key = try? TextNormalizer.key(source.slice(start..<end)),
      let scale = profile.scaleWords[key]
    else { return nil }
    return (scale, end)
  }

  // MARK: Spelled-out numbers

  /// A place where a spelled-out number may start: the run of number words from there.
  struct SpelloutCandidate {
    /// The words of the run, from the candidate's first word on.
    let words: ArraySlice<Word>
    /// The end of the sentence the run is in, for reading a scale word after it.
    let sentenceEnd: Int
  }

  /// The places in `range` where a spelled-out number may start, each with the run of number
  /// words (and single connectors such as `and`, `et`, `-`) that follows.
  func spelloutCandidates(
    in range: Range<Int>,
    of source: SourceText,
    words: ArraySlice<Word>,
    skipping found: [NumberMention]
  ) -> [SpelloutCandidate] {
    guard !profile.spelloutStarts.isEmpty else { return [] }
    var candidates = [SpelloutCandidate]()
    var index = words.startIndex
    while index < words.endIndex {
      let word = words[index]
      guard word.kind == .word, range.contains(word.utf8Range.lowerBound), isNumberWord(word),
        !found.contains(where: { $0.utf8Range.overlaps(word.utf8Range) })
      else {
        index += 1
        continue
      }
      // Extend over number words, allowing one connector between two of them.
      var end = index + 1
      var last = index
      while end < words.endIndex {
        if isNumberWord(words[end]) {
          last = end
          end += 1
        } else if words[end].text == "-", end + 1 < words.endIndex,
          words[end + 1].kind == .word,
          words[end + 1].utf8Range.lowerBound == words[end].utf8Range.upperBound
        {
          // A hyphenated tail (`twenty-fourth`): ICU's lenient parser reads ordinals too.
          last = end + 1
          end += 2
        } else if end + 1 < words.endIndex, isNumberWord(words[end + 1]) {
          end += 1
        } else {
          break
        }
      }
      // Every number word starts a candidate: where ICU reads less than the run (`dix soldats et
      // deux`), a later word can still start a number of its own.
      candidates.append(
        SpelloutCandidate(words: words[index...last], sentenceEnd: range.upperBound)
      )
      index += 1
    }
    return candidates
  }

  private func isNumberWord(_ word: Word) -> Bool {
    word.kind == .word
      && profile.spelloutStarts.contains((try? TextNormalizer.key(word.text)) ?? "")
  }

  /// Reads spelled-out numbers at `candidates` with ICU's rule-based spellout parser, in one
  /// pass for all of them.
  func spelledOutNumbers(
    _ candidates: [SpelloutCandidate],
    of source: SourceText
  ) throws(TextProcessingError) -> [NumberMention] {
    guard !candidates.isEmpty else { return [] }
    // All distinct candidate runs go into one UTF-16 buffer, so one formatter parses them all,
    // and each once: a run's reading depends on its text alone, and the same few (`one`, `two`,
    // `un`, `deux`) make up most of a long text's candidates.
    var buffer = [UInt16]()
    var starts = [Int32]()
    var limits = [Int32]()
    var slotOfText = [String: Int]()
    var slots = [Int]()
    slots.reserveCapacity(candidates.count)
    for candidate in candidates {
      guard let first = candidate.words.first, let last = candidate.words.last else {
        slots.append(-1)
        continue
      }
      let text = source.slice(first.utf8Range.lowerBound..<last.utf8Range.upperBound)
      if let slot = slotOfText[text] {
        slots.append(slot)
        continue
      }
      slotOfText[text] = starts.count
      slots.append(starts.count)
      starts.append(Int32(buffer.count))
      buffer += text.utf16
      limits.append(Int32(buffer.count))
      buffer.append(0x0A)
    }
    let parsed = try ICU.parseSpellout(
      buffer,
      locale: profile.spelloutLocale,
      starts: starts,
      limits: limits
    )
    var mentions = [NumberMention]()
    var coveredUntil = 0
    for (candidate, slot) in zip(candidates, slots) {
      guard slot >= 0, let result = parsed[slot], let first = candidate.words.first,
        first.utf8Range.lowerBound >= coveredUntil
      else { continue }
      let start = starts[slot]
      let consumed = String(
        decoding: buffer[Int(start)..<Int(start) + result.length],
        as: UTF16.self
      )
      let parsedEnd = first.utf8Range.lowerBound + consumed.utf8.count
      // Snap to the last whole word ICU consumed: lenient parsing may stop inside a word.
      let taken = candidate.words.prefix { $0.utf8Range.upperBound <= parsedEnd }
      guard let lastWord = taken.last(where: { $0.kind == .word }) else { continue }
      let key = (try? TextNormalizer.key(first.text)) ?? ""
      if taken.count(where: { $0.kind == .word }) == 1, profile.ambiguousNumberWords.contains(key),
        !isFollowedByUnit(
          lastWord.utf8Range.upperBound,
          in: first.utf8Range.lowerBound..<candidate.sentenceEnd,
          of: source
        )
      {
        continue
      }
      let numberRange = first.utf8Range.lowerBound..<lastWord.utf8Range.upperBound
      // The value must come from exactly the words shown: a partly consumed last word was dropped.
      var value = Decimal(result.value)
      if lastWord.utf8Range.upperBound < parsedEnd - 1 || parsedEnd < lastWord.utf8Range.upperBound
      {
        let exact = try ICU.parseSpellout(
          Array(source.slice(numberRange).utf16),
          locale: profile.spelloutLocale,
          starts: [0],
          limits: [Int32(source.slice(numberRange).utf16.count)]
        )
        guard let reread = exact.first ?? nil else { continue }
        value = Decimal(reread.value)
      }
      var upper = numberRange.upperBound
      if let (scale, scaleEnd) = scaleWord(
        after: upper,
        in: first.utf8Range.lowerBound..<candidate.sentenceEnd,
        of: source
      ) {
        value *= scale
        upper = scaleEnd
      }
      mentions.append(
        NumberMention(
          text: source.slice(numberRange.lowerBound..<upper),
          value: Self.plain(value),
          utf8Range: numberRange.lowerBound..<upper,
          notation: .words
        )
      )
      coveredUntil = upper
    }
    return mentions
  }

  /// A decimal as a plain string without exponent (`1200000`, `0.5`).
  static func plain(_ value: Decimal) -> String {
    var value = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &value, 12, .plain)
    return rounded.description
  }
}
