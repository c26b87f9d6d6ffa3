/// Splits text into sentences with ICU's sentence break iterator and the repairs ICU needs.
///
/// ICU's rules with the CLDR suppression list (`@ss=standard`) still break after `Lt.`, `U.S.`
/// before a name and inside Japanese quoted speech (`「…。…」と語った。`), and keep
/// `…pour un an. 3 milliards…` together. The segmenter repairs these with the language's
/// abbreviation lists and bracket rules from `dictionaries/<code>/`. French runs without the
/// suppressions (its profile says which locale each language uses): CLDR's French list holds
/// ordinary words (`aux.`, `mer.`) that ICU matches inside words, so `…de leurs bureaux. Sur le
/// chemin…` stayed one sentence; `M.` and the other French abbreviations come from the list.
public struct SentenceSegmenter: Sendable {
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

  /// The sentences of `text`, in order; white-space-only stretches are not sentences.
  ///
  /// - Throws: `TextProcessingError` when ICU fails.
  /// - Complexity: O(n) in the length of the text.
  public func sentences(in text: String) throws(TextProcessingError) -> [Sentence] {
    let source = SourceText(text)
    return try sentenceRanges(in: source).map {
      Sentence(text: source.slice($0.text), utf8Range: $0.whole)
    }
  }

  /// The ranges of the sentences of `source`: the sentence without surrounding white space, and
  /// the whole stretch up to the next sentence.
  func sentenceRanges(
    in source: SourceText
  ) throws(TextProcessingError) -> [(text: Range<Int>, whole: Range<Int>)] {
    let (ends, _) = try source.segments(
      .sentence,
      locale: profile.sentenceBreakLocale,
      withStatuses: false
    )
    return sentenceRanges(in: source, ends: ends)
  }

  /// The ranges of the sentences of `source`, as in `sentenceRanges(in:)`, from ICU's sentence
  /// boundaries (`ends`, UTF-8 offsets).
  func sentenceRanges(
    in source: SourceText,
    ends: [Int32]
  ) -> [(text: Range<Int>, whole: Range<Int>)] {
    var raw = [Range<Int>]()
    raw.reserveCapacity(ends.count)
    var start = 0
    for end in ends {
      raw.append(start..<Int(end))
      start = Int(end)
    }
    raw = movingClosingMarksBack(raw, in: source)

    var merged = [(range: Range<Int>, hasLetter: Bool, depth: Int)]()
    merged.reserveCapacity(raw.count)
    for segment in raw {
      for range in splittingBeforeDigits(segment, in: source) {
        let hasLetter = containsLetter(range, in: source)
        if let last = merged.last,
          shouldJoin(
            last.range,
            range,
            lastHasLetter: last.hasLetter,
            depth: last.depth,
            in: source
          )
        {
          let depth =
            profile.mergesInsideBrackets
            ? bracketDepth(after: range, from: last.depth, in: source) : 0
          merged[merged.count - 1] = (
            last.range.lowerBound..<range.upperBound, last.hasLetter || hasLetter, depth
          )
        } else {
          let depth =
            profile.mergesInsideBrackets ? bracketDepth(after: range, from: 0, in: source) : 0
          merged.append((range, hasLetter, depth))
        }
      }
    }
    var result = [(text: Range<Int>, whole: Range<Int>)]()
    result.reserveCapacity(merged.count)
    for entry in merged {
      let trimmed = source.trimmed(entry.range)
      guard !trimmed.isEmpty else { continue }
      result.append((trimmed, trimmed.lowerBound..<entry.range.upperBound))
    }
    return result
  }

  /// Whether the break between `previous` and `next` is one ICU should not have made.
  private func shouldJoin(
    _ previous: Range<Int>,
    _ next: Range<Int>,
    lastHasLetter: Bool,
    depth: Int,
    in source: SourceText
  ) -> Bool {
    // A line break is a paragraph boundary in every input we read: never join across it. ICU
    // always breaks after one, so it can only be in the white space that ends `previous`.
    var end = previous.upperBound
    while end > previous.lowerBound, let (scalar, start) = source.scalar(before: end),
      ICU.isWhiteSpace(scalar)
    {
      if TextNormalizer.isLineBreak(scalar) { return false }
      end = start
    }
    // A stretch without letters ("1.", "•", "(2)") is a list marker or stray mark, not a sentence.
    if !lastHasLetter { return true }
    if profile.mergesInsideBrackets {
      if depth > 0 { return true }
      if let (last, _) = source.scalar(before: end),
        [21, 29].contains(ICU.generalCategory(of: last))
      {
        let nextText = source.slice(next.lowerBound..<min(next.upperBound, next.lowerBound + 12))
        if profile.quotativeParticles.contains(where: { nextText.hasPrefix($0) }) { return true }
      }
    }
    // Every listed abbreviation, and every initial, ends in a period.
    guard end > previous.lowerBound, source.bytes[end - 1] == UInt8(ascii: ".") else {
      return false
    }
    var wordStart = end
    while wordStart > previous.lowerBound, let (scalar, start) = source.scalar(before: wordStart),
      !ICU.isWhiteSpace(scalar)
    {
      wordStart = start
    }
    let word = source.slice(wordStart..<end)
    // Only a word that starts with an opening mark has one to drop; most start with a letter.
    let abbreviation =
      word.unicodeScalars.first.map { !"(\"'“‘«[".unicodeScalars.contains($0) } ?? true
      ? word : String(word.drop { "(\"'“‘«[".contains($0) })
    if profile.nonterminalAbbreviations.contains(abbreviation) { return true }
    if profile.ambiguousAbbreviations.contains(abbreviation) || isInitial(abbreviation) {
      return !startsWithSentenceOpener(next, in: source)
    }
    return false
  }

  /// Moves closing quotes and brackets at the start of a segment to the end of the one before.
  ///
  /// French spacing puts a space before the closing guillemet (`… suffisant. » Il…`), and ICU's
  /// rules break before a closing mark that follows a space; the mark belongs to the sentence it
  /// closes.
  private func movingClosingMarksBack(_ ranges: [Range<Int>], in source: SourceText) -> [Range<Int>]
  {
    var result = ranges
    for index in result.indices.dropFirst() {
      var moved = result[index].lowerBound
      var sawClosingMark = false
      while moved < result[index].upperBound, let (scalar, width) = source.scalar(at: moved) {
        let category = ICU.generalCategory(of: scalar)
        if category == 21 || category == 29 {
          sawClosingMark = true
        } else if !(sawClosingMark && ICU.isWhiteSpace(scalar)
          && !TextNormalizer.isLineBreak(scalar))
        {
          break
        }
        moved += width
      }
      guard sawClosingMark, let (last, _) = source.scalar(before: result[index - 1].upperBound),
        ICU.isWhiteSpace(last), !TextNormalizer.isLineBreak(last)
      else { continue }
      result[index - 1] = result[index - 1].lowerBound..<moved
      result[index] = moved..<result[index].upperBound
    }
    return result.filter { !$0.isEmpty }
  }

  /// Splits a segment where a sentence ends with a period and the next starts with a digit.
  ///
  /// ICU's rule SB8 keeps `…for a year. 3 billion euros…` together because it looks ahead past
  /// the digits for a lower-case letter (as in `e.g. 3 apples`). After a plain word that is not
  /// an abbreviation, the period does end the sentence.
  private func splittingBeforeDigits(_ range: Range<Int>, in source: SourceText) -> [Range<Int>] {
    var pieces = [Range<Int>]()
    var start = range.lowerBound
    var index = range.lowerBound + 1
    // A period with at least two bytes after it, found by a byte search.
    while index + 2 < range.upperBound,
      let period = source.firstOffset(of: UInt8(ascii: "."), in: index..<range.upperBound - 2)
    {
      index = period + 1
      guard let (space, spaceWidth) = source.scalar(at: period + 1), ICU.isWhiteSpace(space),
        !TextNormalizer.isLineBreak(space)
      else { continue }
      var next = period + 1 + spaceWidth
      while next < range.upperBound, let (scalar, width) = source.scalar(at: next),
        ICU.isWhiteSpace(scalar)
      {
        if TextNormalizer.isLineBreak(scalar) { break }
        next += width
      }
      guard next < range.upperBound, let (digit, _) = source.scalar(at: next),
        ICU.digitValue(of: digit) != nil
      else { continue }
      // A plain word before the period: letters, possibly with an elision or hyphen (`l’Élysée`).
      var wordStart = period
      var letters = 0
      var isPlainWord = true
      while wordStart > range.lowerBound,
        let (scalar, scalarStart) = source.scalar(before: wordStart), !ICU.isWhiteSpace(scalar)
      {
        if GeneralCategory.isLetter(ICU.generalCategory(of: scalar)) {
          letters += 1
        } else if !"'\u{2019}-".unicodeScalars.contains(scalar) {
          isPlainWord = false
        }
        wordStart = scalarStart
      }
      guard isPlainWord, letters >= 2 else { continue }
      let abbreviation = source.slice(wordStart..<period + 1)
      if profile.nonterminalAbbreviations.contains(abbreviation)
        || profile.ambiguousAbbreviations.contains(abbreviation)
      {
        continue
      }
      pieces.append(start..<next)
      start = next
    }
    pieces.append(start..<range.upperBound)
    return pieces
  }

  /// Whether a range contains a letter (ASCII checked without calling ICU).
  private func containsLetter(_ range: Range<Int>, in source: SourceText) -> Bool {
    var offset = range.lowerBound
    while offset < range.upperBound {
      let byte = source.bytes[offset]
      if byte < 0x80 {
        if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") { return true }
        offset += 1
        continue
      }
      guard let (scalar, width) = source.scalar(at: offset) else { return false }
      if GeneralCategory.isLetter(ICU.generalCategory(of: scalar)) { return true }
      offset += width
    }
    return false
  }

  /// Whether `word` is a single capital letter and a period, as in `John F. Kennedy`.
  private func isInitial(_ word: String) -> Bool {
    var scalars = word.unicodeScalars.makeIterator()
    guard let first = scalars.next(), scalars.next() == ".", scalars.next() == nil else {
      return false
    }
    return ICU.generalCategory(of: first) == GeneralCategory.uppercaseLetter
  }

  /// Whether `range` starts with a stop word (`The`, `Il`), which after an abbreviation signals
  /// a real sentence start.
  private func startsWithSentenceOpener(_ range: Range<Int>, in source: SourceText) -> Bool {
    var start = range.lowerBound
    while start < range.upperBound, let (scalar, width) = source.scalar(at: start),
      ICU.isWhiteSpace(scalar)
    {
      start += width
    }
    var end = start
    while end < range.upperBound, let (scalar, width) = source.scalar(at: end),
      GeneralCategory.isLetter(ICU.generalCategory(of: scalar)) || scalar == "'"
        || scalar == "\u{2019}"
    {
      end += width
    }
    guard end > start, let key = try? TextNormalizer.key(source.slice(start..<end)) else {
      return true
    }
    return profile.stopWords.contains(key)
  }

  /// The bracket depth after `range`, counting opening (Ps, Pi) and closing (Pe, Pf) punctuation.
  private func bracketDepth(after range: Range<Int>, from depth: Int, in source: SourceText) -> Int
  {
    var depth = depth
    source.forEachScalar(in: range) { scalar, _ in
      guard scalar.value >= 0x80 || "()[]{}".unicodeScalars.contains(scalar) else { return }
      switch ICU.generalCategory(of: scalar) {
      case 20, 28: depth += 1
      case 21, 29: depth = max(0, depth - 1)
      default: break
      }
    }
    return depth
  }
}
