import Foundation
import Lexicon
import TextCore

extension ClaimExtractor {
  /// Words and signs that join the two ends of a range (`3 to 5`, `3-5`, `3〜5`, `de 3 à 5`).
  ///
  /// They are compared by comparison key, which drops accents: French `à` is `a`.
  static let rangeConnectors: Set<String> = ["to", "-", "a", "~", "〜", "～", "から", "and", "et"]

  /// The value of a range's lower number, scaled as the upper one.
  ///
  /// When one scale word or numeral follows both ends (`2 and 3 million`, `4.2-3.9 million`,
  /// `300～400万`), a lower number written with digits alone takes the power of ten (a thousand
  /// or more) the upper number's scale gives it; otherwise it keeps its own value.
  static func scaledLower(
    _ lower: NumberMention,
    upper: NumberMention,
    reader: NumberReader
  ) -> String {
    let posix = Locale(identifier: "en_US_POSIX")
    // The upper number has a scale when it is not digits alone; its digits are its longest
    // leading part that is (`3.9` of `3.9 million`, `400` of `400万`).
    guard
      let own = reader.digitsOnlyValue(lower.text).flatMap({ Decimal(string: $0, locale: posix) }),
      reader.digitsOnlyValue(upper.text) == nil,
      let value = Decimal(string: upper.value, locale: posix)
    else { return lower.value }
    let text = upper.text
    var end = text.index(before: text.endIndex)
    while end > text.startIndex, reader.digitsOnlyValue(text[..<end]) == nil {
      end = text.index(before: end)
    }
    guard let digits = reader.digitsOnlyValue(text[..<end]),
      let leading = Decimal(string: digits, locale: posix), leading > 0
    else { return lower.value }
    let scales: [Decimal] = [1_000, 10_000, 1_000_000, 100_000_000, 1_000_000_000]
    guard scales.contains(value / leading) else { return lower.value }
    return "\(own * (value / leading))"
  }

  /// The quantities of a sentence, in order: numbers (and indefinite articles before a unit)
  /// with their unit, qualifier and range, leaving out numbers that are part of dates.
  func quantities(
    in span: SentenceSpan,
    state: ArticleState,
    excluding excluded: [Range<Int>]
  ) -> [QuantityMention] {
    let lists = state.lists
    let text = state.text
    let isJapanese = state.language == .japanese
    let numbers = span.numbers.filter { number in
      !excluded.contains { $0.overlaps(number.utf8Range) }
    }

    /// Whether `range` is empty or one white-space character: a space, or the no-break and
    /// narrow no-break spaces French puts between a number and its unit (`295 kg`).
    func isAtMostOneSpace(_ range: Range<Int>) -> Bool {
      guard !range.isEmpty else { return true }
      guard range.count <= 3 else { return false }
      let scalars = text.slice(range).unicodeScalars
      return scalars.count == 1 && scalars.allSatisfy(\.properties.isWhitespace)
    }
    /// The phrase of `table` (with the wanted position) that ends exactly at `offset`.
    func phrase<Value>(
      _ table: PhraseTable<Value>,
      endingAt offset: Int,
      accept: (Value) -> Bool
    ) -> (Value, Int)? {
      if isJapanese {
        let end = span.scalarIndex(at: offset)
        var length = min(table.maximumLength, end)
        while length > 0 {
          let range = span.offset(at: end - length)..<offset
          if let key = text.key(range), let value = table[key], accept(value) {
            return (value, range.lowerBound)
          }
          length -= 1
        }
        return nil
      }
      guard let last = span.words.lastIndex(where: { $0.utf8Range.upperBound <= offset }),
        isAtMostOneSpace(span.words[last].utf8Range.upperBound..<offset)
      else { return nil }
      var first = max(0, last - 4)
      while first <= last {
        let range = span.words[first].utf8Range.lowerBound..<span.words[last].utf8Range.upperBound
        if let key = text.key(range) {
          if let value = table[key], accept(value) { return (value, range.lowerBound) }
          // French elides `de` before a vowel: `plus d'un an` is `plus de` + `un an`.
          if key.hasSuffix(" d'"), let value = table[key.dropLast(2) + "de"], accept(value) {
            return (value, range.lowerBound)
          }
        }
        first += 1
      }
      return nil
    }
    /// The phrase of `table` that starts at `offset` (after white space), longest first.
    func phrase<Value>(
      _ table: PhraseTable<Value>,
      startingAt offset: Int,
      accept: (Value) -> Bool
    ) -> (Value, Int)? {
      if isJapanese {
        let start = span.scalarIndex(at: offset)
        var length = min(table.maximumLength, span.scalars.count - start)
        while length > 0 {
          let range = offset..<span.offset(at: start + length)
          if let key = text.key(range), let value = table[key], accept(value) {
            return (value, range.upperBound)
          }
          length -= 1
        }
        return nil
      }
      guard let first = span.words.firstIndex(where: { $0.utf8Range.lowerBound >= offset }),
        isAtMostOneSpace(offset..<span.words[first].utf8Range.lowerBound)
      else { return nil }
      var last = min(span.words.count - 1, first + 4)
      while last >= first {
        let range = span.words[first].utf8Range.lowerBound..<span.words[last].utf8Range.upperBound
        if let key = text.key(range), let value = table[key], accept(value) {
          return (value, range.upperBound)
        }
        last -= 1
      }
      return nil
    }

    struct Found {
      var value: String
      var upperValue: String?
      var range: Range<Int>
      var isArticle: Bool
    }
    var found = [Found]()
    var skipUntil = 0
    for (position, number) in numbers.enumerated() where number.utf8Range.lowerBound >= skipUntil {
      var item = Found(value: number.value, range: number.utf8Range, isArticle: false)
      // A range: the next number after a connector.
      if position + 1 < numbers.count {
        let next = numbers[position + 1]
        let between = text.slice(number.utf8Range.upperBound..<next.utf8Range.lowerBound)
        if let key = LookupKey.makeIfPossible(between), Self.rangeConnectors.contains(key) {
          item.value = Self.scaledLower(number, upper: next, reader: state.numbers)
          item.upperValue = next.value
          item.range = number.utf8Range.lowerBound..<next.utf8Range.upperBound
          skipUntil = next.utf8Range.upperBound
        }
      }
      found.append(item)
    }
    // Indefinite articles before a unit: `about a year`, `an hour`.
    if !lists.indefiniteArticles.isEmpty {
      for (index, word) in span.words.enumerated() where index + 1 < span.words.count {
        guard let key = LookupKey.makeIfPossible(word.text), lists.indefiniteArticles.contains(key),
          phrase(
            lists.unitNames,
            startingAt: word.utf8Range.upperBound + 1,
            accept: { $0.position == .after }
          )
            != nil
        else { continue }
        found.append(Found(value: "1", range: word.utf8Range, isArticle: true))
      }
    }

    var mentions = [QuantityMention]()
    for item in found.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      var lower = item.range.lowerBound
      var upper = item.range.upperBound
      var unit: String?
      var qualifier: QuantityMention.Qualifier?
      if let (name, end) = phrase(
        lists.unitNames,
        startingAt: upper,
        accept: { $0.position == .after }
      ) {
        unit = name.unit
        upper = end
      } else if !item.isArticle,
        let (name, start) = phrase(
          lists.unitNames,
          endingAt: lower,
          accept: { $0.position == .before }
        )
      {
        unit = name.unit
        lower = start
      }
      if item.isArticle && unit == nil { continue }
      if let (hedge, start) = phrase(
        lists.hedges,
        endingAt: lower,
        accept: { $0.position == .before }
      ) {
        qualifier = QuantityMention.Qualifier(rawValue: hedge.qualifier)
        lower = start
      }
      if qualifier == nil,
        let (hedge, end) = phrase(
          lists.hedges,
          startingAt: upper,
          accept: { $0.position == .after }
        )
      {
        qualifier = QuantityMention.Qualifier(rawValue: hedge.qualifier)
        upper = end
      }
      // A list marker (`1.` at the start of a sentence) or a footnote mark (`[1]`) is not a
      // quantity.
      if unit == nil && qualifier == nil {
        let before = item.range.lowerBound > 0 ? text.bytes[item.range.lowerBound - 1] : 0
        let after = item.range.upperBound < text.bytes.count ? text.bytes[item.range.upperBound] : 0
        if item.range.lowerBound == span.utf8Range.lowerBound
          || (before == UInt8(ascii: "[") && after == UInt8(ascii: "]"))
        {
          continue
        }
      }
      mentions.append(
        QuantityMention(
          text: text.slice(lower..<upper),
          value: item.value,
          upperValue: item.upperValue,
          unit: unit,
          qualifier: qualifier,
          utf8Range: lower..<upper
        )
      )
    }
    return mentions
  }
}
