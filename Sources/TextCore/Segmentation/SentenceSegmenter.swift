/// Splits text into sentences with ICU's sentence break iterator and the repairs ICU needs.
///
/// ICU's rules with the CLDR suppression list (`@ss=standard`) still break after `M.` (French
/// "Monsieur"), `Lt.`, `U.S.` before a name and inside Japanese quoted speech (`「…。…」と語った。`).
/// The segmenter merges such breaks back using the language's abbreviation lists and bracket
/// rules from `dictionaries/<code>/`.
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
    let segments = try UTF16Text(text).segments(.sentence, locale: profile.sentenceBreakLocale)
    var merged = [Range<Int>]()
    var depth = 0
    let ranges = movingClosingMarksBack(segments.map(\.utf8Range), in: source)
    for range in ranges.flatMap({ splittingBeforeDigits($0, in: source) }) {
      if let last = merged.last, shouldJoin(last, range, depth: depth, in: source) {
        merged[merged.count - 1] = last.lowerBound..<range.upperBound
      } else {
        merged.append(range)
        depth = 0
      }
      if profile.mergesInsideBrackets {
        depth = bracketDepth(after: range, from: depth, in: source)
      }
    }
    return merged.compactMap { range in
      let trimmed = source.trimmed(range)
      guard !trimmed.isEmpty else { return nil }
      return Sentence(text: source.slice(trimmed), utf8Range: trimmed.lowerBound..<range.upperBound)
    }
  }

  /// Whether the break between `previous` and `next` is one ICU should not have made.
  private func shouldJoin(
    _ previous: Range<Int>,
    _ next: Range<Int>,
    depth: Int,
    in source: SourceText
  ) -> Bool {
    let previousText = source.slice(previous)
    // A line break is a paragraph boundary in every input we read: never join across it.
    if previousText.unicodeScalars.contains(where: TextNormalizer.isLineBreak) { return false }
    // A stretch without letters ("1.", "•", "(2)") is a list marker or stray mark, not a sentence.
    if !previousText.unicodeScalars.contains(where: {
      GeneralCategory.isLetter(ICU.generalCategory(of: $0))
    }) {
      return true
    }
    if profile.mergesInsideBrackets {
      if depth > 0 { return true }
      let nextText = source.slice(next)
      if endsWithClosingBracket(previousText),
        profile.quotativeParticles.contains(where: { nextText.hasPrefix($0) })
      {
        return true
      }
    }
    guard let lastWord = previousText.split(whereSeparator: { $0.isWhitespace }).last else {
      return false
    }
    let abbreviation = String(lastWord.drop { "(\"'“‘«[".contains($0) })
    if profile.nonterminalAbbreviations.contains(abbreviation) { return true }
    if profile.ambiguousAbbreviations.contains(abbreviation) || isInitial(abbreviation) {
      return !startsWithSentenceOpener(source.slice(next))
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
      source.forEachScalar(in: result[index]) { scalar, offset in
        guard offset == moved else { return }
        let category = ICU.generalCategory(of: scalar)
        if category == 21 || category == 29 {
          sawClosingMark = true
          moved = offset + UTF8.width(scalar)
        } else if sawClosingMark && ICU.isWhiteSpace(scalar) && !TextNormalizer.isLineBreak(scalar)
        {
          moved = offset + UTF8.width(scalar)
        }
      }
      guard sawClosingMark,
        let last = source.scalarsWithOffsets(in: result[index - 1]).last,
        ICU.isWhiteSpace(last.scalar), !TextNormalizer.isLineBreak(last.scalar)
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
    let scalars = source.scalarsWithOffsets(in: range)
    var pieces = [Range<Int>]()
    var start = range.lowerBound
    var index = 1
    while index + 2 < scalars.count {
      defer { index += 1 }
      guard scalars[index].scalar == ".", ICU.isWhiteSpace(scalars[index + 1].scalar) else {
        continue
      }
      var next = index + 1
      while next < scalars.count && ICU.isWhiteSpace(scalars[next].scalar) { next += 1 }
      guard next < scalars.count, ICU.digitValue(of: scalars[next].scalar) != nil,
        !scalars[(index + 1)..<next].contains(where: { TextNormalizer.isLineBreak($0.scalar) })
      else { continue }
      var wordStart = index
      while wordStart > 0 && !ICU.isWhiteSpace(scalars[wordStart - 1].scalar) { wordStart -= 1 }
      let word = scalars[wordStart..<index].map(\.scalar)
      // A plain word: letters, possibly with an elision or a hyphen inside (`l’Élysée`).
      let letters = word.filter { GeneralCategory.isLetter(ICU.generalCategory(of: $0)) }.count
      guard letters >= 2,
        word.allSatisfy({
          GeneralCategory.isLetter(ICU.generalCategory(of: $0))
            || "'\u{2019}-".unicodeScalars.contains($0)
        })
      else { continue }
      let abbreviation = String(String.UnicodeScalarView(word)) + "."
      if profile.nonterminalAbbreviations.contains(abbreviation)
        || profile.ambiguousAbbreviations.contains(abbreviation)
      {
        continue
      }
      pieces.append(start..<scalars[next].offset)
      start = scalars[next].offset
    }
    pieces.append(start..<range.upperBound)
    return pieces
  }

  /// Whether `word` is a single capital letter and a period, as in `John F. Kennedy`.
  private func isInitial(_ word: String) -> Bool {
    let scalars = Array(word.unicodeScalars)
    return scalars.count == 2 && scalars[1] == "."
      && ICU.generalCategory(of: scalars[0]) == GeneralCategory.uppercaseLetter
  }

  /// Whether `text` starts with a stop word (`The`, `Il`), which after an abbreviation signals a
  /// real sentence start.
  private func startsWithSentenceOpener(_ text: String) -> Bool {
    let firstWord = text.split(whereSeparator: { $0.isWhitespace }).first.map(String.init) ?? ""
    let bare = String(
      firstWord.unicodeScalars.prefix {
        !GeneralCategory.isPunctuation(ICU.generalCategory(of: $0))
      }
    )
    guard let key = try? TextNormalizer.key(bare), !key.isEmpty else { return true }
    return profile.stopWords.contains(key)
  }

  /// Whether the text, without trailing white space, ends in a closing bracket or quote.
  private func endsWithClosingBracket(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last(where: { !ICU.isWhiteSpace($0) }) else {
      return false
    }
    let category = ICU.generalCategory(of: last)
    return category == 21 || category == 29
  }

  /// The bracket depth after `range`, counting opening (Ps, Pi) and closing (Pe, Pf) punctuation.
  private func bracketDepth(after range: Range<Int>, from depth: Int, in source: SourceText) -> Int
  {
    var depth = depth
    for scalar in source.slice(range).unicodeScalars {
      switch ICU.generalCategory(of: scalar) {
      case 20, 28: depth += 1
      case 21, 29: depth = max(0, depth - 1)
      default: break
      }
    }
    return depth
  }
}
