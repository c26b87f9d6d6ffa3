/// The original text as UTF-8 bytes, for slicing by the UTF-8 ranges segments carry.
struct SourceText {
  /// The original text.
  let string: String
  /// Its UTF-8 bytes.
  let bytes: [UInt8]

  /// Wraps `string`.
  init(_ string: String) {
    self.string = string
    self.bytes = Array(string.utf8)
  }

  /// The text of a UTF-8 range (which must fall on scalar boundaries).
  func slice(_ range: Range<Int>) -> String {
    let clamped = range.clamped(to: 0..<bytes.count)
    return String(decoding: bytes[clamped], as: UTF8.self)
  }

  /// The range with white space removed from both ends.
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    let scalars = scalarsWithOffsets(in: range)
    guard let first = scalars.firstIndex(where: { !ICU.isWhiteSpace($0.scalar) }),
      let last = scalars.lastIndex(where: { !ICU.isWhiteSpace($0.scalar) })
    else { return range.lowerBound..<range.lowerBound }
    let end = last + 1 < scalars.count ? scalars[last + 1].offset : range.upperBound
    return scalars[first].offset..<end
  }

  /// The scalars of a range with their UTF-8 offsets.
  func scalarsWithOffsets(in range: Range<Int>) -> [(scalar: Unicode.Scalar, offset: Int)] {
    var result = [(scalar: Unicode.Scalar, offset: Int)]()
    forEachScalar(in: range) { result.append(($0, $1)) }
    return result
  }

  /// Calls `body` with each scalar of a range and its UTF-8 offset, without copying the text.
  func forEachScalar(in range: Range<Int>, _ body: (Unicode.Scalar, Int) -> Void) {
    let clamped = range.clamped(to: 0..<bytes.count)
    var iterator = bytes[clamped].makeIterator()
    var decoder = UTF8()
    var offset = clamped.lowerBound
    while case .scalarValue(let scalar) = decoder.decode(&iterator) {
      body(scalar, offset)
      offset += UTF8.width(scalar)
    }
  }
}
