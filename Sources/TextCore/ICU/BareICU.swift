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
}
