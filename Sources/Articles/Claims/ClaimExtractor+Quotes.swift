import Lexicon
import TextCore

extension ClaimExtractor {
  /// Opening quotation marks and their closing partners.
  static let quotePairs: [Unicode.Scalar: Unicode.Scalar] = [
    "\"": "\"", "\u{201C}": "\u{201D}", "\u{00AB}": "\u{00BB}", "「": "」", "『": "』",
    "\u{201E}": "\u{201C}",
  ]

  /// The quotes of a sentence with their speakers, in order.
  ///
  /// A speaker is found in the same sentence only: after the quote (`"…," a Japanese
  /// government official said`, `», a déclaré X`, `」と外務省幹部が語った`), before it
  /// (`X said: "…"`, `Xは「…」と述べた`), or through a source phrase (`selon X`).
  func quotes(
    in span: SentenceSpan,
    entities: [EntityMention],
    state: ArticleState
  ) -> [QuoteMention] {
    let scalars = span.scalars
    var quoted = [(inner: Range<Int>, outer: Range<Int>)]()
    var index = 0
    while index < scalars.count {
      guard let close = Self.quotePairs[scalars[index].scalar] else {
        index += 1
        continue
      }
      var end = index + 1
      while end < scalars.count && scalars[end].scalar != close { end += 1 }
      guard end < scalars.count, end > index + 1 else {
        index += 1
        continue
      }
      let inner = state.text.trimmed(span.offset(after: index)..<span.offset(at: end))
      quoted.append((inner, span.offset(at: index)..<span.offset(after: end)))
      index = end + 1
    }
    return quoted.map { quote in
      var inner = quote.inner
      // Drop the comma that ends a quote before its attribution (`"…," she said`).
      if let last = span.scalars.last(where: { $0.offset < inner.upperBound }),
        [",", "、", "，"].contains(last.scalar)
      {
        inner = inner.lowerBound..<last.offset
      }
      let quoteText = state.text.slice(inner)
      // A quote of mostly capitalised words is a title or name (`the “Exceptional
      // Partnership”`, `“Japan-France Declaration on Cooperation in The Field of …”`).
      let quoteWords = quoteText.split(separator: " ")
      let capitalized = quoteWords.count { $0.first?.isUppercase == true }
      let isTitle =
        state.language != .japanese && !quoteWords.isEmpty
        && Double(capitalized) >= 0.6 * Double(quoteWords.count)
        && !(quoteText.last.map { ".,!?".contains($0) } ?? false)
      let speaker = isTitle ? nil : speakerRange(of: quote.outer, in: span, state: state)
      let speakerText = speaker.map { state.text.slice($0) }
      // The speaker's canonical name: a person in the speaker, or an entity that is the whole
      // speaker or ends it (`外務省` in `外務省幹部` does not end it: a ministry official).
      let canonical = speaker.flatMap { range in
        entities.first { range.contains($0.utf8Range.lowerBound) && $0.kind == .person }?.canonical
          ?? entities.first {
            range.contains($0.utf8Range.lowerBound) && $0.utf8Range.upperBound == range.upperBound
          }?.canonical
          ?? unlinkedSpeakerName(state.text.slice(range), state: state)
      }
      return QuoteMention(
        text: quoteText,
        speaker: speakerText,
        speakerCanonical: canonical,
        utf8Range: quote.inner
      )
    }
  }

  /// The range of the speaker of the quote at `outer`, or `nil` when the sentence does not say.
  private func speakerRange(
    of outer: Range<Int>,
    in span: SentenceSpan,
    state: ArticleState
  ) -> Range<Int>? {
    state.language == .japanese
      ? japaneseSpeaker(of: outer, in: span, state: state)
      : latinSpeaker(of: outer, in: span, state: state)
  }

  /// English and French: `"…," X said`, `"…," said X`, `X said "…"`, `selon X`.
  private func latinSpeaker(
    of outer: Range<Int>,
    in span: SentenceSpan,
    state: ArticleState
  ) -> Range<Int>? {
    let words = span.words
    let verbs = state.lists.reportingVerbs
    /// The reporting verb starting at word `index`: its last word and whether it is a source.
    func verb(at index: Int) -> (end: Int, isSource: Bool)? {
      var end = min(words.count - 1, index + 4)
      while end >= index {
        let range = words[index].utf8Range.lowerBound..<words[end].utf8Range.upperBound
        if let key = state.text.key(range), let verb = verbs[key] {
          return (end, verb.isSource)
        }
        end -= 1
      }
      return nil
    }
    func isClauseBreak(_ word: Word) -> Bool {
      [",", ";", ":", ".", "(", ")", "!", "?", "\u{2014}", "\u{2013}"].contains(word.text)
        || Self.quotePairs[word.text.unicodeScalars.first ?? " "] != nil
        || Self.quotePairs.values.contains(word.text.unicodeScalars.first ?? " ")
    }
    /// The words after `start` up to the next clause break (at most eight).
    func phrase(from start: Int) -> Range<Int>? {
      var end = start
      while end < words.count && !isClauseBreak(words[end]) && end - start < 8 { end += 1 }
      guard end > start else { return nil }
      return words[start].utf8Range.lowerBound..<words[end - 1].utf8Range.upperBound
    }

    // After the quote: skip punctuation, then `X said` or `said X` / `a déclaré X`. Only a
    // quote that ends its clause (`"…,"`, `"…?"`, `« … »,`) is attributed after it.
    let closing = span.scalarIndex(at: outer.upperBound) - 1
    let lastInside = closing > 0 ? span.scalars[closing - 1].scalar : nil
    let firstAfter = span.scalars.first { $0.offset >= outer.upperBound && $0.scalar != " " }?
      .scalar
    let endsClause =
      [",", "?", "!", ".", "\u{2026}"].contains(lastInside ?? " ")
      || [",", ";", ")"].contains(firstAfter ?? " ")
    if endsClause,
      let after = words.firstIndex(where: { $0.utf8Range.lowerBound >= outer.upperBound })
    {
      var start = after
      while start < words.count && (words[start].kind == .punctuation) { start += 1 }
      if start < words.count {
        if let (verbEnd, _) = verb(at: start) {
          if let speaker = phrase(from: verbEnd + 1), !isPronoun(speaker, state: state) {
            return speaker
          }
          return nil
        }
        var index = start
        while index < words.count && index - start < 9 && !isClauseBreak(words[index]) {
          if let _ = verb(at: index), index > start {
            let range = words[start].utf8Range.lowerBound..<words[index - 1].utf8Range.upperBound
            return isPronoun(range, state: state) ? nil : range
          }
          index += 1
        }
      }
    }
    // Before the quote: `X said "…"`, `X said that … "…"`, `selon X, « … »`.
    let before = words.indices.filter { words[$0].utf8Range.upperBound <= outer.lowerBound }
    for last in before.reversed() {
      guard let (verbEnd, isSource) = verb(at: last), verbEnd <= (before.last ?? last) else {
        continue
      }
      // The whole verb: `a déclaré`, not the `déclaré` the scan back meets first (which keys
      // as `déclare`).
      var index = last
      while index > 0, let (earlierEnd, _) = verb(at: index - 1), earlierEnd >= verbEnd {
        index -= 1
      }
      if isSource {
        return phrase(from: verbEnd + 1)
      }
      var start = index
      while start > 0 && !isClauseBreak(words[start - 1]) && index - start < 8 { start -= 1 }
      guard start < index else { return nil }
      let range = words[start].utf8Range.lowerBound..<words[index - 1].utf8Range.upperBound
      return isPronoun(range, state: state) ? nil : range
    }
    return nil
  }

  /// The name of a speaker no entity names, as written: one to three capitalised words in
  /// English or French (`Reed`, a word the lexicon also knows), a katakana name with an optional
  /// title after it in Japanese (`コッカー`, `リード氏`, as `Kokka`, `Rido`), else `nil`.
  ///
  /// A comparison hears a katakana speaker's name against the story's Latin names
  /// (`StoryNames`), as it does for katakana entities.
  private func unlinkedSpeakerName(_ speaker: String, state: ArticleState) -> String? {
    guard options.keepsUnlinkedNames else { return nil }
    if state.language == .japanese {
      let scalars = Array(speaker.unicodeScalars)
      var end = 0
      while end < scalars.count
        && (Self.isKatakana(scalars[end])
          || (end > 0 && "・＝".unicodeScalars.contains(scalars[end])))
      {
        end += 1
      }
      guard end >= 2 else { return nil }
      let name = String(String.UnicodeScalarView(scalars[..<end]))
      let rest = String(String.UnicodeScalarView(scalars[end...]))
      if !rest.isEmpty {
        guard let key = LookupKey.makeIfPossible(rest), let title = state.lists.titles[key],
          title.position == .after
        else { return nil }
      }
      guard let latin = try? Transliterator.latin(fromKatakana: name) else { return nil }
      return Self.titleCased(latin)
    }
    // Titles and their abbreviations name no one (`M.` of `M. Zaev`, cut at its period).
    let words = speaker.split(separator: " ")
    guard (1...3).contains(words.count),
      words.allSatisfy({ word in
        word.count >= 2 && word.first?.isUppercase == true && word.allSatisfy(\.isLetter)
          && LookupKey.makeIfPossible(String(word)).map { state.lists.titles[$0] == nil } ?? false
      })
    else { return nil }
    return speaker
  }

  /// Whether a speaker is only a pronoun (`he`, `il`), which names no one.
  private func isPronoun(_ range: Range<Int>, state: ArticleState) -> Bool {
    guard let key = state.text.key(range) else { return false }
    return ["he", "she", "they", "it", "we", "i", "il", "elle", "ils", "elles", "on", "nous"]
      .contains(key)
  }

  /// Japanese: `「…」と外務省幹部が語った`, `「…」ウェードは言う`, `Xは「…」と述べた`,
  /// `Xは、「…」と述べた`.
  private func japaneseSpeaker(
    of outer: Range<Int>,
    in span: SentenceSpan,
    state: ArticleState
  ) -> Range<Int>? {
    let scalars = span.scalars
    let verbs = state.lists.reportingVerbs
    let closeIndex = span.scalarIndex(at: outer.upperBound)
    let openIndex = span.scalarIndex(at: outer.lowerBound)
    func verb(at index: Int) -> Int? {
      var length = min(verbs.maximumLength, scalars.count - index)
      while length > 0 {
        let range = span.offset(at: index)..<span.offset(at: index + length)
        if let key = state.text.key(range), let verb = verbs[key], !verb.isSource {
          return index + length
        }
        length -= 1
      }
      return nil
    }
    // After: `」と` (or `」` alone) then (speaker `が`/`は`) then a reporting verb.
    guard closeIndex < scalars.count else { return nil }
    let hasTo = scalars[closeIndex].scalar == "と"
    var index = closeIndex + (hasTo ? 1 : 0)
    while index < scalars.count && index - closeIndex < 24 {
      let scalar = scalars[index].scalar
      if scalar == "。" || scalar == "「" { break }
      if verb(at: index) != nil {
        // Look for `が`/`は` between `と` and the verb: the speaker is before it.
        var particle = index - 1
        let first = closeIndex + (hasTo ? 1 : 0)
        while particle > first {
          let character = scalars[particle].scalar
          if character == "が" || character == "は" {
            var start = first
            if scalars[start].scalar == "、" { start += 1 }
            guard start < particle else { break }
            let range = span.offset(at: start)..<span.offset(at: particle)
            // Without `と` only a name right after the quote is its speaker (`」ウェードは言う`).
            if !hasTo && unlinkedSpeakerName(state.text.slice(range), state: state) == nil {
              return nil
            }
            return range
          }
          particle -= 1
        }
        guard hasTo else { return nil }
        // Before: `Xは「…」と述べた`, `Xは、「…」`.
        var end = openIndex
        if end > 0 && scalars[end - 1].scalar == "、" { end -= 1 }
        guard end > 0, scalars[end - 1].scalar == "は" || scalars[end - 1].scalar == "が" else {
          return nil
        }
        var start = end - 1
        while start > 0 {
          let previous = scalars[start - 1].scalar
          if previous == "、" || previous == "。" || previous == "」" || previous == "）" { break }
          start -= 1
        }
        guard start < end - 1 else { return nil }
        return span.offset(at: start)..<span.offset(at: end - 1)
      }
      index += 1
    }
    return nil
  }
}
