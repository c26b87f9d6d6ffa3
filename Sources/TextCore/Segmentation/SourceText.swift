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
    let clamped = range.clamped(to: 0..<bytes.count)
    return String(decoding: bytes[clamped], as: UTF8.self)
  }

  /// The scalar that starts at byte `offset` and its width in bytes, or `nil` at the end.
  ///
  /// The text came from a Swift `String`, so it is valid UTF-8; this only decodes it.
  @inline(__always)
  func scalar(at offset: Int) -> (scalar: Unicode.Scalar, width: Int)? {
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
}
