/// Direct ICU loops with no StoryDiff processing, for benchmarks to compare against.
///
/// `package` access: the Benchmarks target measures the pipeline against this ceiling; library
/// users have no reason to call it.
package enum BareICU {
  /// The number of ICU word boundaries in `text` for `locale`: `ubrk_open`, `ubrk_next` until
  /// done, `ubrk_close`, and nothing else (no list of boundaries, no rule statuses).
  ///
  /// The UTF-16 conversion is left to the caller so the timing covers ICU alone.
  package static func wordBoundaryCount(inUTF16 units: [UInt16], locale: String) throws -> Int {
    try ICU.boundaryCount(.word, locale: locale, in: units)
  }

  /// The numbers of sentence and word boundaries in UTF-8 `bytes`: the ICU work alone of
  /// `TextAnalyzer.analyze` (one UTF-16 conversion, both iterators, the offsets mapped back, the
  /// word boundaries fetched in chunks), on one thread.
  package static func sentenceAndWordBoundaryCounts(
    inUTF8 bytes: [UInt8],
    sentenceLocale: String,
    wordLocale: String
  ) throws -> (sentences: Int, words: Int) {
    let segments = try ICU.Segments(
      inUTF8: bytes,
      sentenceLocale: sentenceLocale,
      wordLocale: wordLocale,
      concurrent: false
    )
    var ends = [Int32](repeating: 0, count: ICU.Segments.chunkSize)
    var statuses = [Int32](repeating: 0, count: ICU.Segments.chunkSize)
    var words = 0
    ends.withUnsafeMutableBufferPointer { ends in
      statuses.withUnsafeMutableBufferPointer { statuses in
        while case let count = segments.nextWords(into: ends, statuses: statuses), count > 0 {
          words += count
        }
      }
    }
    return (segments.sentenceEnds.count, words)
  }
}
