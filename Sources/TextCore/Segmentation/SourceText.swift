/// The original text as UTF-8 bytes, for slicing by the UTF-8 ranges segments carry.
///
/// Built once per text and shared by the segmenters, so the bytes are copied only once.
struct SourceText {
  /// Its UTF-8 bytes.
  let bytes: [UInt8]

  /// Wraps `string`.
  init(_ string: String) {
    self.bytes = Array(string.utf8)
  }

  /// Wraps bytes that are valid UTF-8.
  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The text of a UTF-8 range (which must fall on scalar boundaries).
  func slice(_ range: Range<Int>) -> String {
    bytes.withUnsafeBufferPointer { Self.string(range, in: $0) }
  }

  /// The text of a UTF-8 range of `bytes` (which must fall on scalar boundaries).
  static func string(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    let clamped = range.clamped(to: 0..<bytes.count)
    // A one-byte ASCII slice (a punctuation mark, a digit, `a`) comes from a table.
    if clamped.count == 1, bytes[clamped.lowerBound] < 0x80 {
      return asciiStrings[Int(bytes[clamped.lowerBound])]
    }
    // Copied straight into the new string's storage (small strings live inline); the string
    // still validates the bytes and repairs them as `String(decoding:as:)` would.
    return String(unsafeUninitializedCapacity: clamped.count) { destination in
      if clamped.count <= 16 {
        // Cheaper than a call to `memcpy` for the short strings most slices are.
        var index = 0
        for offset in clamped {
          destination[index] = bytes[offset]
          index += 1
        }
      } else {
        _ = destination.initialize(fromContentsOf: UnsafeBufferPointer(rebasing: bytes[clamped]))
      }
      return clamped.count
    }
  }

  /// The text of a UTF-8 range of `string` (which must fall on scalar boundaries).
  ///
  /// The bytes are copied from `string` itself, which is known to be valid, so they are not
  /// validated again as bytes from a buffer would be: for long, non-ASCII slices (sentences)
  /// that check is most of the cost.
  static func string(_ range: Range<Int>, of string: String) -> String {
    let utf8 = string.utf8
    let clamped = range.clamped(to: 0..<utf8.count)
    let start = utf8.index(utf8.startIndex, offsetBy: clamped.lowerBound)
    let end = utf8.index(start, offsetBy: clamped.count)
    return String(string[start..<end])
  }

  /// Every one-byte string, by its byte.
  private static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

  /// The first offset in `range` that holds `byte`, or `nil`; a plain byte search, for ASCII.
  func firstOffset(of byte: UInt8, in range: Range<Int>) -> Int? {
    firstOffset(of: byte, or: byte, in: range)
  }

  /// The first offset in `range` that holds `byte` or `otherByte`, or `nil`; a plain byte
  /// search, for ASCII and for bytes that only occur in known places of known characters.
  func firstOffset(of byte: UInt8, or otherByte: UInt8, in range: Range<Int>) -> Int? {
    bytes.withUnsafeBytes { buffer in
      let clamped = range.clamped(to: 0..<buffer.count)
      var offset = clamped.lowerBound
      // Eight bytes at a time while neither is among them (a zero byte of `word ^ pattern` is a
      // match; `(x - 0x01…) & ~x & 0x80…` is non-zero exactly when `x` has a zero byte).
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      let first = ones &* UInt64(byte)
      let second = ones &* UInt64(otherByte)
      while offset + 8 <= clamped.upperBound {
        let word = UInt64(
          littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        )
        let x = word ^ first
        let y = word ^ second
        if ((x &- ones) & ~x & highs) | ((y &- ones) & ~y & highs) != 0 { break }
        offset += 8
      }
      while offset < clamped.upperBound {
        if buffer[offset] == byte || buffer[offset] == otherByte { return offset }
        offset += 1
      }
      return nil
    }
  }

  /// The scalar that starts at byte `offset` and its width in bytes, or `nil` at the end.
  ///
  /// The text came from a Swift `String`, so it is valid UTF-8; this only decodes it.
  @inline(__always)
  func scalar(at offset: Int) -> (scalar: Unicode.Scalar, width: Int)? {
    bytes.withUnsafeBufferPointer { Self.scalar(at: offset, in: $0) }
  }

  /// The scalar that starts at byte `offset` of valid UTF-8 `bytes` and its width in bytes, or
  /// `nil` at the end.
  @inline(__always)
  static func scalar(
    at offset: Int,
    in bytes: UnsafeBufferPointer<UInt8>
  ) -> (scalar: Unicode.Scalar, width: Int)? {
    guard offset >= 0, offset < bytes.count else { return nil }
    let lead = UInt32(bytes[offset])
    if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard offset + width <= bytes.count else { return nil }
    var value = lead & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
    for index in 1..<width { value = value << 6 | (UInt32(bytes[offset + index]) & 0x3F) }
    guard let scalar = Unicode.Scalar(value) else { return nil }
    return (scalar, width)
  }

  /// The scalar that ends at byte `offset` and its start, or `nil` at the start of the text.
  @inline(__always)
  func scalar(before offset: Int) -> (scalar: Unicode.Scalar, start: Int)? {
    var start = min(offset, bytes.count) - 1
    while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    guard start >= 0, let (scalar, _) = scalar(at: start) else { return nil }
    return (scalar, start)
  }

  /// The range with white space removed from both ends.
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, let (scalar, width) = scalar(at: lower), ICU.isWhiteSpace(scalar) {
      lower += width
    }
    while upper > lower, let (scalar, start) = scalar(before: upper), ICU.isWhiteSpace(scalar) {
      upper = start
    }
    return lower..<upper
  }

  /// The scalars of a range with their UTF-8 offsets.
  func scalarsWithOffsets(in range: Range<Int>) -> [(scalar: Unicode.Scalar, offset: Int)] {
    var result = [(scalar: Unicode.Scalar, offset: Int)]()
    forEachScalar(in: range) { result.append(($0, $1)) }
    return result
  }

  /// Calls `body` with each scalar of a range and its UTF-8 offset, without copying the text.
  func forEachScalar(in range: Range<Int>, _ body: (Unicode.Scalar, Int) -> Void) {
    var offset = max(range.lowerBound, 0)
    let end = min(range.upperBound, bytes.count)
    while offset < end, let (scalar, width) = scalar(at: offset) {
      body(scalar, offset)
      offset += width
    }
  }

  /// The ranges between ICU's boundaries of `kind` and, when asked, each one's rule status.
  func segments(
    _ kind: ICU.BreakKind,
    locale: String,
    withStatuses: Bool
  ) throws(TextProcessingError) -> (ends: [Int32], statuses: [Int32]) {
    let (offsets, statuses) = try ICU.boundaries(
      kind,
      locale: locale,
      inUTF8: bytes,
      withStatuses: withStatuses
    )
    return (offsets, statuses)
  }

  /// ICU's sentence boundaries in `sentenceLocale` (when given) and word boundaries in
  /// `wordLocale`, from one conversion of the text; `concurrent` as `ICU.Segments` takes it.
  func segments(
    sentenceLocale: String?,
    wordLocale: String,
    concurrent: Bool? = nil
  ) throws(TextProcessingError) -> ICU.Segments {
    try ICU.Segments(
      inUTF8: bytes,
      sentenceLocale: sentenceLocale,
      wordLocale: wordLocale,
      concurrent: concurrent
    )
  }
}
