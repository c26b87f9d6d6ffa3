internal import CICUShim

/// Turns bytes into text: strict UTF-8, or any charset ICU converts, with ICU's detector for
/// bytes that declare nothing.
public enum TextDecoder {
  /// Text decoded from bytes, with the charset it was read as.
  public struct DecodedText: Sendable, Hashable {
    /// The text.
    public var text: String
    /// The charset the bytes were read as (`UTF-8`, `Shift_JIS`, `EUC-JP`, ...).
    public var charset: String
  }

  /// Decodes strict UTF-8 (a leading byte-order mark is dropped).
  ///
  /// - Throws: `TextProcessingError.binaryData` for bytes with NUL or many control characters,
  ///   `.invalidUTF8(offset:)` naming the first bad byte otherwise.
  public static func utf8(_ bytes: [UInt8]) throws(TextProcessingError) -> String {
    try refuseBinary(bytes)
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    if let text = String(validating: body, as: UTF8.self) { return text }
    throw .invalidUTF8(offset: firstInvalidUTF8Offset(body) + (body.count == bytes.count ? 0 : 3))
  }

  /// Decodes bytes in `declaredCharset`, or by byte-order mark, valid UTF-8, or ICU's charset
  /// detector, in that order.
  ///
  /// - Parameters:
  ///   - bytes: the bytes to decode.
  ///   - declaredCharset: a charset the container names (`<meta charset>`, an HTTP header);
  ///     trusted when ICU knows it and the bytes convert without error.
  /// - Returns: the text and the charset it was read as.
  /// - Throws: `TextProcessingError` for binary data, an unknown charset or undecodable bytes.
  public static func decode(
    _ bytes: [UInt8],
    declaredCharset: String? = nil
  ) throws(TextProcessingError) -> DecodedText {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return DecodedText(text: try utf8(bytes), charset: "UTF-8")
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let charset = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
      return DecodedText(
        text: try convert(Array(bytes.dropFirst(2)), from: charset),
        charset: charset
      )
    }
    try refuseBinary(bytes)
    if let declared = declaredCharset, !declared.isEmpty {
      guard cicu_ucnv_isKnown(declared) != 0 else { throw .unknownCharset(declared) }
      if let text = try? convert(bytes, from: declared) {
        return DecodedText(text: text, charset: declared)
      }
    }
    if let text = String(validating: bytes, as: UTF8.self) {
      return DecodedText(text: text, charset: "UTF-8")
    }
    guard let detected = detectCharset(bytes, declared: declaredCharset) else {
      throw .undecodable(charset: declaredCharset ?? "any known charset")
    }
    return DecodedText(text: try convert(bytes, from: detected), charset: detected)
  }

  /// The charset ICU's detector finds most likely for `bytes`, or `nil`.
  public static func detectCharset(_ bytes: [UInt8], declared: String? = nil) -> String? {
    var name = [CChar](repeating: 0, count: 64)
    var confidence: Int32 = 0
    var status: Int32 = 0
    let sample = Array(bytes.prefix(65_536))
    let found = sample.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        name.withUnsafeMutableBufferPointer { nameBuffer in
          cicu_ucsdet_detect(
            chars.baseAddress,
            Int32(chars.count),
            declared,
            nameBuffer.baseAddress,
            64,
            &confidence,
            &status
          )
        }
      }
    }
    guard found != 0, status <= 0 else { return nil }
    return String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Converts bytes in `charset` to text, failing on any byte the charset cannot map.
  ///
  /// - Throws: `TextProcessingError.unknownCharset` or `.undecodable(charset:)`.
  public static func convert(
    _ bytes: [UInt8],
    from charset: String
  ) throws(TextProcessingError) -> String {
    guard cicu_ucnv_isKnown(charset) != 0 else { throw .unknownCharset(charset) }
    if bytes.isEmpty { return "" }
    var capacity = bytes.count + 16
    for _ in 0..<2 {
      var status: Int32 = 0
      var units = [UInt16](repeating: 0, count: capacity)
      let length = bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { chars in
          units.withUnsafeMutableBufferPointer { unitBuffer in
            cicu_ucnv_toUChars(
              charset,
              chars.baseAddress,
              Int32(chars.count),
              1,
              unitBuffer.baseAddress,
              Int32(capacity),
              &status
            )
          }
        }
      }
      if status == CICU_BUFFER_OVERFLOW_ERROR {
        capacity = Int(length) + 1
        continue
      }
      guard status <= 0 else { throw .undecodable(charset: charset) }
      return String(decoding: units.prefix(Int(length)), as: UTF16.self)
    }
    throw .undecodable(charset: charset)
  }

  /// Refuses bytes that are binary: a NUL byte, or more than one control character in ten.
  static func refuseBinary(_ bytes: [UInt8]) throws(TextProcessingError) {
    let sample = bytes.prefix(8_192)
    var controls = 0
    for byte in sample {
      if byte == 0 { throw .binaryData }
      if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B
      {
        controls += 1
      }
    }
    if controls * 10 > sample.count { throw .binaryData }
  }

  /// The offset of the first byte that makes `bytes` invalid UTF-8.
  private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return offset
      case .error: return offset
      }
    }
  }
}
