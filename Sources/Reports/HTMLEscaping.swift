/// Escaping of text for HTML: every string that comes from an article or the report goes
/// through here before it reaches the page.
enum HTMLEscaping {
  /// Text safe in HTML content and in double- or single-quoted attribute values.
  ///
  /// `&`, `<`, `>`, `"` and `'` become character references; control characters other than
  /// tab, line feed and carriage return (which HTML does not allow in a document) and
  /// noncharacters become U+FFFD.
  static func escaped(_ text: String) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      default:
        let value = scalar.value
        let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
        let isNoncharacter = (0xFDD0...0xFDEF).contains(value) || value & 0xFFFE == 0xFFFE
        result.unicodeScalars.append(isControl || isNoncharacter ? "\u{FFFD}" : scalar)
      }
    }
    return result
  }
}
