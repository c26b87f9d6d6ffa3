/// A text as ICU sees it (UTF-16 code units) with the map back to UTF-8 byte offsets.
///
/// This is the only type that converts ICU's UTF-16 offsets into the UTF-8 offsets every public
/// range uses.
struct UTF16Text {
  /// The UTF-16 code units of the text.
  let units: [UInt16]
  /// The UTF-8 offset of each UTF-16 offset (count + 1 entries); an offset inside a surrogate
  /// pair maps to the start of its scalar.
  private let utf8Offsets: [Int32]

  /// Makes the ICU view of `text`.
  init(_ text: String) {
    var units = [UInt16]()
    units.reserveCapacity(text.utf8.count)
    var offsets = [Int32]()
    offsets.reserveCapacity(text.utf8.count + 1)
    var utf8Offset: Int32 = 0
    for scalar in text.unicodeScalars {
      let width = Int32(UTF8.width(scalar))
      for unit in UTF16.encode(scalar) ?? UTF16.EncodedScalar() {
        units.append(unit)
        offsets.append(utf8Offset)
      }
      utf8Offset += width
    }
    offsets.append(utf8Offset)
    self.units = units
    self.utf8Offsets = offsets
  }

  /// The UTF-8 offset of a UTF-16 offset.
  func utf8Offset(_ utf16Offset: Int32) -> Int {
    let index = min(max(Int(utf16Offset), 0), utf8Offsets.count - 1)
    return Int(utf8Offsets[index])
  }

  /// The UTF-8 range of a UTF-16 range.
  func utf8Range(_ start: Int32, _ end: Int32) -> Range<Int> {
    utf8Offset(start)..<utf8Offset(end)
  }

  /// The UTF-16 offset of a UTF-8 offset that falls on a scalar boundary (binary search).
  func utf16Offset(utf8 offset: Int) -> Int32 {
    var low = 0
    var high = utf8Offsets.count - 1
    while low < high {
      let mid = (low + high) / 2
      if Int(utf8Offsets[mid]) < offset { low = mid + 1 } else { high = mid }
    }
    return Int32(low)
  }

  /// Segments of the text between consecutive ICU boundaries, as UTF-8 ranges with their statuses.
  func segments(
    _ kind: ICU.BreakKind,
    locale: String
  ) throws(TextProcessingError) -> [(utf8Range: Range<Int>, ruleStatus: Int32)] {
    let (offsets, statuses) = try ICU.boundaries(kind, locale: locale, in: units)
    var result = [(utf8Range: Range<Int>, ruleStatus: Int32)]()
    result.reserveCapacity(offsets.count)
    var start: Int32 = 0
    for (offset, status) in zip(offsets, statuses) {
      result.append((utf8Range(start, offset), status))
      start = offset
    }
    return result
  }
}
