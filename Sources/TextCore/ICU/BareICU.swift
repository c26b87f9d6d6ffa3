/// Direct ICU loops with no StoryDiff processing, for benchmarks to compare against.
///
/// `package` access: the Benchmarks target measures the pipeline against this ceiling; library
/// users have no reason to call it.
package enum BareICU {
  /// The number of ICU word boundaries in `text` for `locale` (one `ubrk` pass over UTF-16).
  ///
  /// The UTF-16 conversion is left to the caller so the timing covers ICU alone.
  package static func wordBoundaryCount(inUTF16 units: [UInt16], locale: String) throws -> Int {
    try ICU.boundaries(.word, locale: locale, in: units).offsets.count
  }

  /// The numbers of sentence and word boundaries in UTF-8 `bytes`: the ICU work alone of
  /// `TextAnalyzer.analyze` (one UTF-16 conversion, both iterators, the offsets mapped back).
  package static func sentenceAndWordBoundaryCounts(
    inUTF8 bytes: [UInt8],
    sentenceLocale: String,
    wordLocale: String
  ) throws -> (sentences: Int, words: Int) {
    let boundaries = try ICU.sentenceAndWordBoundaries(
      inUTF8: bytes,
      sentenceLocale: sentenceLocale,
      wordLocale: wordLocale
    )
    return (boundaries.sentenceEnds.count, boundaries.wordEnds.count)
  }
}
