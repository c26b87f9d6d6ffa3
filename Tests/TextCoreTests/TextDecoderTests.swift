import Testing

@testable import TextCore

@Suite("Decoding bytes")
struct TextDecoderTests {
  @Test("Invalid UTF-8 names the first bad byte")
  func invalidUTF8() {
    let bytes: [UInt8] = Array("Paris ".utf8) + [0xC3, 0x28] + Array(" Tokyo".utf8)
    #expect(throws: TextProcessingError.invalidUTF8(offset: 6)) { try TextDecoder.utf8(bytes) }
  }

  @Test("A byte-order mark is dropped")
  func bom() throws {
    #expect(try TextDecoder.utf8([0xEF, 0xBB, 0xBF] + Array("Élysée".utf8)) == "Élysée")
  }

  @Test("Binary data is refused")
  func binary() {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
    #expect(throws: TextProcessingError.binaryData) { try TextDecoder.utf8(png) }
    #expect(throws: TextProcessingError.binaryData) { try TextDecoder.decode(png) }
  }

  @Test("Shift_JIS and EUC-JP convert through ICU")
  func japaneseCharsets() throws {
    // 日本の首相 in Shift_JIS and in EUC-JP.
    let shiftJIS: [UInt8] = [0x93, 0xFA, 0x96, 0x7B, 0x82, 0xCC, 0x8E, 0xF1, 0x91, 0x8A]
    let eucJP: [UInt8] = [0xC6, 0xFC, 0xCB, 0xDC, 0xA4, 0xCE, 0xBC, 0xF3, 0xC1, 0xEA]
    #expect(try TextDecoder.convert(shiftJIS, from: "Shift_JIS") == "日本の首相")
    #expect(try TextDecoder.convert(eucJP, from: "EUC-JP") == "日本の首相")
    #expect(try TextDecoder.decode(eucJP, declaredCharset: "EUC-JP").text == "日本の首相")
  }

  @Test("Undeclared Shift_JIS is detected")
  func detection() throws {
    let sentence = "日本とフランスは木曜日、部隊間協力円滑化協定の交渉を開始することで合意した。政府関係者が明らかにした。"
    let shiftJIS = try #require(encode(sentence, as: "Shift_JIS"))
    let decoded = try TextDecoder.decode(shiftJIS)
    #expect(decoded.text == sentence)
    #expect(decoded.charset == "Shift_JIS")
  }

  @Test("An unknown charset is an error")
  func unknownCharset() {
    #expect(throws: TextProcessingError.unknownCharset("x-no-such")) {
      try TextDecoder.decode(Array("abc".utf8), declaredCharset: "x-no-such")
    }
  }

  /// Encodes through ICU by round-tripping: ICU converts both ways, so this only needs `convert`'s
  /// inverse, which tests build by trying every Shift_JIS double byte is too slow; use Foundation.
  private func encode(_ text: String, as charset: String) -> [UInt8]? {
    guard charset == "Shift_JIS", let data = text.data(using: .shiftJIS) else { return nil }
    return Array(data)
  }
}

import Foundation
