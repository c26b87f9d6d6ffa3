internal import CICUShim

/// The one place where TextCore calls the ICU shim and interprets its statuses.
///
/// Every function here opens and closes its ICU handles inside one shim call, so they are safe to
/// call from any thread. Text crosses as UTF-16 code units, ICU's native unit; `UTF16Text` maps
/// the offsets back to UTF-8.
enum ICU {
  /// The normalization forms the shim knows.
  enum Form: Int32 {
    case nfc = 0
    case nfd = 1
    case nfkc = 2
    case nfkd = 3
    case nfkcCasefold = 4
  }

  /// The kinds of break iterator the shim knows.
  enum BreakKind: Int32 {
    case character = 0
    case word = 1
    case line = 2
    case sentence = 3
  }

  /// ICU's script codes that TextCore asks about (`UScriptCode`).
  enum Script: Int32 {
    case common = 0
    case inherited = 1
    case arabic = 2
    case cyrillic = 8
    case greek = 14
    case han = 17
    case hangul = 18
    case hebrew = 19
    case hiragana = 20
    case katakana = 22
    case latin = 25
    case thai = 38
  }

  /// Runs a shim call that fills a UTF-16 buffer, growing the buffer once if ICU asks for more.
  private static func fillingUTF16(
    operation: String,
    initialCapacity: Int,
    _ call: (UnsafeMutablePointer<UInt16>, Int32, UnsafeMutablePointer<Int32>) -> Int32
  ) throws(TextProcessingError) -> [UInt16] {
    var capacity = max(initialCapacity, 16)
    for _ in 0..<4 {
      var status: Int32 = 0
      var buffer = [UInt16](repeating: 0, count: capacity)
      let length = buffer.withUnsafeMutableBufferPointer { pointer -> Int32 in
        guard let base = pointer.baseAddress else { return 0 }
        return call(base, Int32(capacity), &status)
      }
      if status == CICU_BUFFER_OVERFLOW_ERROR || (status <= 0 && Int(length) > capacity) {
        capacity = max(Int(length), capacity * 2)
        continue
      }
      if status > 0 { throw .icuFailure(operation: operation, status: status) }
      return Array(buffer.prefix(Int(length)))
    }
    throw .icuFailure(operation: operation, status: CICU_BUFFER_OVERFLOW_ERROR)
  }

  /// Normalizes UTF-16 text to `form`.
  static func normalize(_ text: [UInt16], form: Form) throws(TextProcessingError) -> [UInt16] {
    if text.isEmpty { return [] }
    return try text.withUnsafeBufferPointer { source throws(TextProcessingError) -> [UInt16] in
      try fillingUTF16(operation: "unorm2_normalize", initialCapacity: text.count + text.count / 4)
      {
        cicu_unorm2_normalize(form.rawValue, source.baseAddress, Int32(text.count), $0, $1, $2)
      }
    }
  }

  /// Applies Unicode full case folding.
  static func foldCase(_ text: [UInt16]) throws(TextProcessingError) -> [UInt16] {
    if text.isEmpty { return [] }
    return try text.withUnsafeBufferPointer { source throws(TextProcessingError) -> [UInt16] in
      try fillingUTF16(operation: "u_strFoldCase", initialCapacity: text.count + 8) {
        cicu_u_strFoldCase(source.baseAddress, Int32(text.count), $0, $1, $2)
      }
    }
  }

  /// The number of boundaries after the start of `text`, with nothing stored: the bare loop
  /// benchmarks measure TextCore against.
  static func boundaryCount(
    _ kind: BreakKind,
    locale: String,
    in text: [UInt16]
  ) throws(TextProcessingError) -> Int {
    var status: Int32 = 0
    let count = text.withUnsafeBufferPointer {
      cicu_ubrk_boundaries(
        kind.rawValue,
        locale,
        $0.baseAddress,
        Int32(text.count),
        nil,
        nil,
        0,
        &status
      )
    }
    // With no room for boundaries, any count is an "overflow": only a failure to open counts.
    if status > 0 && status != CICU_BUFFER_OVERFLOW_ERROR {
      throw .icuFailure(operation: "ubrk_open", status: status)
    }
    return Int(count)
  }

  /// The boundaries after the start of `text` and the rule status of the segment ending at each.
  static func boundaries(
    _ kind: BreakKind,
    locale: String,
    in text: [UInt16]
  ) throws(TextProcessingError) -> (offsets: [Int32], statuses: [Int32]) {
    if text.isEmpty { return ([], []) }
    // A text has at most one boundary per UTF-16 unit: sized so ICU runs once.
    var capacity = text.count + 1
    for _ in 0..<3 {
      var offsets = [Int32](repeating: 0, count: capacity)
      var statuses = [Int32](repeating: 0, count: capacity)
      var status: Int32 = 0
      let count = text.withUnsafeBufferPointer { source in
        offsets.withUnsafeMutableBufferPointer { offsetBuffer in
          statuses.withUnsafeMutableBufferPointer { statusBuffer in
            cicu_ubrk_boundaries(
              kind.rawValue,
              locale,
              source.baseAddress,
              Int32(text.count),
              offsetBuffer.baseAddress,
              statusBuffer.baseAddress,
              Int32(capacity),
              &status
            )
          }
        }
      }
      if status == CICU_BUFFER_OVERFLOW_ERROR {
        capacity = Int(count) + 1
        continue
      }
      if status > 0 { throw .icuFailure(operation: "ubrk_open", status: status) }
      return (Array(offsets.prefix(Int(count))), Array(statuses.prefix(Int(count))))
    }
    throw .icuFailure(operation: "ubrk_next", status: CICU_BUFFER_OVERFLOW_ERROR)
  }

  /// The boundaries after the start of UTF-8 `text`, as byte offsets, and the rule status of the
  /// segment ending at each (only when `withStatuses`).
  ///
  /// The shim converts to UTF-16 and maps the offsets back in C, in one pass each.
  static func boundaries(
    _ kind: BreakKind,
    locale: String,
    inUTF8 text: [UInt8],
    withStatuses: Bool
  ) throws(TextProcessingError) -> (offsets: [Int32], statuses: [Int32]) {
    if text.isEmpty { return ([], []) }
    // At most one boundary per byte, so ICU runs once.
    let capacity = text.count + 1
    var offsets = [Int32](repeating: 0, count: capacity)
    var statuses = [Int32](repeating: 0, count: withStatuses ? capacity : 0)
    var status: Int32 = 0
    let count = text.withUnsafeBufferPointer { bytes in
      bytes.withMemoryRebound(to: CChar.self) { source in
        offsets.withUnsafeMutableBufferPointer { offsetBuffer in
          statuses.withUnsafeMutableBufferPointer { statusBuffer in
            cicu_ubrk_utf8_boundaries(
              kind.rawValue,
              locale,
              source.baseAddress,
              Int32(text.count),
              offsetBuffer.baseAddress,
              withStatuses ? statusBuffer.baseAddress : nil,
              Int32(capacity),
              &status
            )
          }
        }
      }
    }
    if status > 0 { throw .icuFailure(operation: "ubrk_open", status: status) }
    offsets.removeSubrange(Int(count)...)
    if withStatuses { statuses.removeSubrange(Int(count)...) }
    return (offsets, statuses)
  }

  /// ICU's sentence boundaries of a UTF-8 text, and its word boundaries handed out in chunks.
  ///
  /// One shim call converts the text to UTF-16 for both iterators and lists the sentences (a few
  /// thousand in a megabyte); the word boundaries (hundreds of thousands) come a chunk at a time,
  /// so they are read while still in the cache and no whole-text list is ever made.
  final class Segments {
    /// The sentence boundaries after the start, as UTF-8 offsets, ascending; empty when no
    /// sentence locale was given.
    let sentenceEnds: [Int32]
    /// The shim's iterator, or `nil` for an empty text.
    private let handle: OpaquePointer?

    /// The boundaries handed out by each `nextWords` call, at most.
    static let chunkSize = 4096

    /// The UTF-8 size from which the word iterator runs on a worker thread by default.
    ///
    /// Articles (a few KB to a few tens of KB) stay below it, so `storydiff batch`, which
    /// analyzes as many articles at once as there are cores, starts no more threads than that;
    /// large texts gain most (on a megabyte, 19% of the time for Japanese and 35-39% for
    /// English and French on two cores, by `Benchmarks textcore/`).
    static let concurrentMinimumCount = 1 << 16

    /// Opens the segmentation of UTF-8 `text`; sentences in `sentenceLocale` are listed only
    /// when it is given.
    ///
    /// With `concurrent` (by default, for texts of `concurrentMinimumCount` bytes or more), ICU's
    /// word iterator runs on a worker thread while the sentences are found and the words used
    /// here; the boundaries are the same.
    ///
    /// - Throws: `TextProcessingError.icuFailure` when ICU cannot open an iterator or the text is
    ///   not valid UTF-8.
    init(
      inUTF8 text: [UInt8],
      sentenceLocale: String?,
      wordLocale: String,
      concurrent: Bool? = nil
    ) throws(TextProcessingError) {
      if text.isEmpty {
        sentenceEnds = []
        handle = nil
        return
      }
      // At most one boundary per byte. The buffer is left uninitialized: only the pages the
      // boundaries reach are ever touched.
      let capacity = sentenceLocale == nil ? 0 : text.count + 1
      var status: Int32 = 0
      var opened: OpaquePointer?
      sentenceEnds = [Int32](unsafeUninitializedCapacity: capacity) { buffer, written in
        var count: Int32 = 0
        opened = text.withUnsafeBufferPointer { bytes in
          bytes.withMemoryRebound(to: CChar.self) { source in
            cicu_segments_open(
              sentenceLocale,
              wordLocale,
              source.baseAddress,
              Int32(text.count),
              (concurrent ?? (text.count >= Self.concurrentMinimumCount)) ? 1 : 0,
              buffer.baseAddress,
              Int32(capacity),
              &count,
              &status
            )
          }
        }
        written = opened != nil && status <= 0 ? Int(count) : 0
      }
      guard let opened, status <= 0 else {
        cicu_segments_close(opened)
        throw .icuFailure(operation: "ubrk_open", status: status)
      }
      handle = opened
    }

    deinit { cicu_segments_close(handle) }

    /// Writes the next word boundaries (UTF-8 offsets) to `ends` and the rule status of each
    /// segment to `statuses`, as many as both hold; returns how many, 0 once all are out.
    func nextWords(
      into ends: UnsafeMutableBufferPointer<Int32>,
      statuses: UnsafeMutableBufferPointer<Int32>
    ) -> Int {
      guard let handle else { return 0 }
      return Int(
        cicu_segments_next_words(
          handle,
          ends.baseAddress,
          statuses.baseAddress,
          Int32(min(ends.count, statuses.count))
        )
      )
    }
  }

  /// Whether UTF-8 text is already in `form`, by ICU's quick check; `false` when the check cannot
  /// tell (or ICU fails: normalizing then reports the error).
  static func isNormalized(utf8 text: UnsafeBufferPointer<UInt8>, form: Form) -> Bool {
    if text.isEmpty { return true }
    var status: Int32 = 0
    let result = text.withMemoryRebound(to: CChar.self) { source in
      cicu_unorm2_quickCheck_utf8(form.rawValue, source.baseAddress, Int32(text.count), &status)
    }
    return result == 1 && status <= 0
  }

  /// Normalizes UTF-8 text to `form`; text already in that form comes back unchanged.
  static func normalize(utf8 text: [UInt8], form: Form) throws(TextProcessingError) -> [UInt8] {
    if text.isEmpty { return [] }
    var capacity = text.count + 16
    for _ in 0..<3 {
      var result = [UInt8](repeating: 0, count: capacity)
      var status: Int32 = 0
      let length = text.withUnsafeBufferPointer { bytes in
        bytes.withMemoryRebound(to: CChar.self) { source in
          result.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { destination in
              cicu_unorm2_normalize_utf8(
                form.rawValue,
                source.baseAddress,
                Int32(text.count),
                destination.baseAddress,
                Int32(capacity),
                &status
              )
            }
          }
        }
      }
      if status == CICU_BUFFER_OVERFLOW_ERROR {
        capacity = Int(length) + 16
        continue
      }
      if status > 0 { throw .icuFailure(operation: "unorm2_normalize", status: status) }
      result.removeSubrange(Int(length)...)
      return result
    }
    throw .icuFailure(operation: "unorm2_normalize", status: CICU_BUFFER_OVERFLOW_ERROR)
  }

  /// Compiles the ICU transform `rules` and registers them with ICU as `id`, for `transliterate`.
  ///
  /// - Throws: `TextProcessingError.icuFailure` when the rules do not compile.
  static func registerTransform(id: String, rules: String) throws(TextProcessingError) {
    let units = Array(rules.utf16)
    let status = units.withUnsafeBufferPointer {
      cicu_utrans_register(id, $0.baseAddress, Int32($0.count))
    }
    if status > 0 { throw .icuFailure(operation: "utrans_register(\(id))", status: status) }
  }

  /// Applies the ICU transform `id` (such as `Katakana-Latin`) to `text`.
  static func transliterate(_ text: [UInt16], id: String) throws(TextProcessingError) -> [UInt16] {
    if text.isEmpty { return [] }
    return try text.withUnsafeBufferPointer { source throws(TextProcessingError) -> [UInt16] in
      try fillingUTF16(operation: "utrans_transUChars(\(id))", initialCapacity: text.count * 3 + 16)
      {
        cicu_utrans_transliterate(id, source.baseAddress, Int32(text.count), $0, $1, $2)
      }
    }
  }

  /// Parses spelled-out numbers at `starts` (each up to its limit) with `locale`'s spellout rules.
  ///
  /// - Returns: for each start, the value and the UTF-16 length read, or `nil` where none was read.
  static func parseSpellout(
    _ text: [UInt16],
    locale: String,
    starts: [Int32],
    limits: [Int32]
  ) throws(TextProcessingError) -> [(value: Double, length: Int)?] {
    precondition(starts.count == limits.count, "each spellout start needs a limit")
    if starts.isEmpty { return [] }
    var values = [Double](repeating: 0, count: starts.count)
    var lengths = [Int32](repeating: 0, count: starts.count)
    var status: Int32 = 0
    _ = text.withUnsafeBufferPointer { source in
      values.withUnsafeMutableBufferPointer { valueBuffer in
        lengths.withUnsafeMutableBufferPointer { lengthBuffer in
          cicu_unum_parseSpelloutMany(
            locale,
            source.baseAddress,
            Int32(text.count),
            starts,
            limits,
            Int32(starts.count),
            valueBuffer.baseAddress,
            lengthBuffer.baseAddress,
            &status
          )
        }
      }
    }
    if status > 0 { throw .icuFailure(operation: "unum_open(spellout)", status: status) }
    return zip(values, lengths).map { $1 > 0 ? ($0, Int($1)) : nil }
  }

  /// Spells out each of `values` in `locale`, with one formatter.
  static func spellOut(_ values: [Double], locale: String) throws(TextProcessingError) -> [String] {
    let units = try values.withUnsafeBufferPointer {
      buffer throws(TextProcessingError) -> [UInt16] in
      try fillingUTF16(operation: "unum_formatDouble(spellout)", initialCapacity: values.count * 32)
      {
        cicu_unum_formatSpelloutMany(locale, buffer.baseAddress, Int32(values.count), $0, $1, $2)
      }
    }
    return String(decoding: units, as: UTF16.self).split(separator: "\n").map(String.init)
  }

  /// The script of a code point.
  static func script(of scalar: Unicode.Scalar) -> Int32 {
    var status: Int32 = 0
    return cicu_uscript_getScript(Int32(scalar.value), &status)
  }

  /// Whether a code point is used by `script`, by its Script_Extensions.
  static func has(_ scalar: Unicode.Scalar, script: Script) -> Bool {
    cicu_uscript_hasScript(Int32(scalar.value), script.rawValue) != 0
  }

  /// The numeric value of a code point (digits, kanji numerals), or `nil`.
  static func numericValue(of scalar: Unicode.Scalar) -> Double? {
    let value = cicu_u_getNumericValue(Int32(scalar.value))
    return value == -123_456_789 ? nil : value
  }

  /// The decimal digit value of a code point in any script, or `nil`.
  static func digitValue(of scalar: Unicode.Scalar) -> Int? {
    let value =
      scalar.value < 0x80
      ? ASCIIProperties.digitValues[Int(scalar.value)] : cicu_u_charDigitValue(Int32(scalar.value))
    return value < 0 ? nil : Int(value)
  }

  /// The general category of a code point, as ICU's `UCharCategory` number.
  static func generalCategory(of scalar: Unicode.Scalar) -> Int32 {
    scalar.value < 0x800
      ? Int32(TwoByteProperties.categories[Int(scalar.value)])
      : cicu_u_charType(Int32(scalar.value))
  }

  /// Whether a code point has the Unicode White_Space property.
  static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x800
      ? TwoByteProperties.isWhiteSpace[Int(scalar.value)]
      : cicu_u_isUWhiteSpace(Int32(scalar.value)) != 0
  }

  /// ICU's answers for the 128 ASCII code points, asked once per process.
  ///
  /// The segmenters ask about nearly every character, most of them ASCII; reading a table is
  /// much cheaper than a call into ICU, and the answers are still ICU's.
  private enum ASCIIProperties {
    static let digitValues: [Int32] = (0..<128).map { cicu_u_charDigitValue($0) }
  }

  /// ICU's answers for the code points UTF-8 writes in one or two bytes (U+0000 to U+07FF: ASCII,
  /// the Latin letters with diacritics, Greek, Cyrillic), asked once per process.
  ///
  /// Display and segmentation ask about every non-ASCII character of French text, and most of
  /// those are accented letters from this range.
  private enum TwoByteProperties {
    static let categories: [Int8] = (0..<0x800).map {
      Int8(truncatingIfNeeded: cicu_u_charType($0))
    }
    static let isWhiteSpace: [Bool] = (0..<0x800).map { cicu_u_isUWhiteSpace($0) != 0 }
  }

  /// The East Asian Width of a code point (`UEastAsianWidth`: 3 wide, 5 fullwidth, ...).
  static func eastAsianWidth(of scalar: Unicode.Scalar) -> Int32 {
    cicu_u_eastAsianWidth(Int32(scalar.value))
  }

  /// The version of the ICU library in use.
  static var version: String {
    var buffer = [CChar](repeating: 0, count: 32)
    buffer.withUnsafeMutableBufferPointer { cicu_u_getVersion($0.baseAddress, 32) }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}

/// ICU's general categories (`UCharCategory`) that TextCore distinguishes.
enum GeneralCategory {
  static let uppercaseLetter: Int32 = 1
  static let lowercaseLetter: Int32 = 2
  static let titlecaseLetter: Int32 = 3
  static let modifierLetter: Int32 = 4
  static let otherLetter: Int32 = 5
  static let nonSpacingMark: Int32 = 6
  static let enclosingMark: Int32 = 7
  static let combiningSpacingMark: Int32 = 8
  static let decimalDigit: Int32 = 9
  static let letterNumber: Int32 = 10
  static let otherNumber: Int32 = 11
  static let control: Int32 = 15

  static func isLetter(_ category: Int32) -> Bool { (1...5).contains(category) }
  static func isMark(_ category: Int32) -> Bool { (6...8).contains(category) }
  static func isNumber(_ category: Int32) -> Bool { (9...11).contains(category) }
  /// Punctuation categories: dash, open, close, connector, other, initial and final quote.
  static func isPunctuation(_ category: Int32) -> Bool {
    (19...23).contains(category) || category == 28 || category == 29
  }
}
