/// An error raised while normalizing, segmenting or decoding text, or loading its dictionaries.
public struct TextProcessingError: Error, Hashable, CustomStringConvertible {
  private enum Code: Hashable {
    case icuFailure(operation: String, status: Int32)
    case missingDictionary(language: String, name: String)
    case malformedDictionary(file: String, line: Int, reason: String)
    case unsupportedLanguage(String)
    case undetectableLanguage
    case invalidUTF8(offset: Int)
    case binaryData
    case unknownCharset(String)
    case undecodable(charset: String)
    case emptyInput
  }
  private let code: Code

  /// ICU reported a failure status for a call the shim made.
  public static func icuFailure(operation: String, status: Int32) -> Self {
    Self(code: .icuFailure(operation: operation, status: status))
  }
  /// A dictionary the language profile needs is absent.
  public static func missingDictionary(language: String, name: String) -> Self {
    Self(code: .missingDictionary(language: language, name: name))
  }
  /// A dictionary file has a line that cannot be read.
  public static func malformedDictionary(file: String, line: Int, reason: String) -> Self {
    Self(code: .malformedDictionary(file: file, line: line, reason: reason))
  }
  /// A language tag names a language the toolkit does not support.
  public static func unsupportedLanguage(_ tag: String) -> Self {
    Self(code: .unsupportedLanguage(tag))
  }
  /// The text does not look like any supported language.
  public static let undetectableLanguage = Self(code: .undetectableLanguage)
  /// The bytes are not valid UTF-8; `offset` is the first bad byte.
  public static func invalidUTF8(offset: Int) -> Self { Self(code: .invalidUTF8(offset: offset)) }
  /// The bytes are binary data, not text.
  public static let binaryData = Self(code: .binaryData)
  /// A declared or requested charset is unknown to ICU.
  public static func unknownCharset(_ name: String) -> Self { Self(code: .unknownCharset(name)) }
  /// The bytes cannot be decoded in the charset they claim or were detected as.
  public static func undecodable(charset: String) -> Self {
    Self(code: .undecodable(charset: charset))
  }
  /// The input holds no text.
  public static let emptyInput = Self(code: .emptyInput)

  /// A one-line, lower-case message suitable for the command line.
  public var description: String {
    switch code {
    case .icuFailure(let operation, let status):
      "ICU call '\(operation)' failed with status \(status)"
    case .missingDictionary(let language, let name):
      "no '\(name)' dictionary for language '\(language)'"
    case .malformedDictionary(let file, let line, let reason): "\(file):\(line): \(reason)"
    case .unsupportedLanguage(let tag):
      "unsupported language '\(tag)' (supported: en, fr, ja)"
    case .undetectableLanguage:
      "cannot tell the language of the text: it does not look like English, French or Japanese (use --lang)"
    case .invalidUTF8(let offset): "input is not valid UTF-8 (bad byte at offset \(offset))"
    case .binaryData: "input looks like binary data, not text"
    case .unknownCharset(let name): "unknown charset '\(name)'"
    case .undecodable(let charset): "input cannot be decoded as \(charset)"
    case .emptyInput: "input is empty"
    }
  }
}
