import TextCore

/// An error raised while loading the dictionaries of the lexicon.
///
/// Messages are one line, lower case, and name the file (and line) at fault.
public struct LexiconError: Error, Hashable, CustomStringConvertible {
  private enum Code: Hashable {
    case missingFile(String)
    case malformedLine(file: String, line: Int, reason: String)
    case unreadable(String)
  }
  private let code: Code

  /// A dictionary file the lexicon needs is absent.
  public static func missingFile(_ file: String) -> Self { Self(code: .missingFile(file)) }

  /// A line of a dictionary file cannot be read; `line` is 1-based.
  public static func malformedLine(file: String, line: Int, reason: String) -> Self {
    Self(code: .malformedLine(file: file, line: line, reason: reason))
  }

  /// A dictionary file or its text cannot be processed (not UTF-8, ICU failure).
  public static func unreadable(_ error: TextProcessingError) -> Self {
    Self(code: .unreadable(error.description))
  }

  /// A one-line, lower-case message suitable for the command line.
  public var description: String {
    switch code {
    case .missingFile(let file): "missing dictionary file '\(file)'"
    case .malformedLine(let file, let line, let reason): "\(file):\(line): \(reason)"
    case .unreadable(let reason): reason
    }
  }
}
