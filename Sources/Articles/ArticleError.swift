/// An error raised while reading an article from a file, standard input or a JSON export.
public struct ArticleError: Error, Hashable, CustomStringConvertible {
  private enum Code: Hashable {
    case empty(input: String)
    case binary(input: String, kind: String?)
    case tooLarge(input: String, bytes: Int, limit: Int)
    case undecodable(input: String, reason: String)
    case noArticleText(input: String)
    case undetectableLanguage(input: String)
    case malformedJSON(input: String, line: Int?, reason: String)
    case htmlParser(input: String)
    case dictionaries(reason: String)
  }
  private let code: Code

  /// The input holds no text (empty or only white space).
  public static func empty(input: String) -> Self { Self(code: .empty(input: input)) }
  /// The input is binary data; `kind` names a recognised file type such as `pdf`.
  public static func binary(input: String, kind: String? = nil) -> Self {
    Self(code: .binary(input: input, kind: kind))
  }
  /// The input is larger than the reader accepts.
  public static func tooLarge(input: String, bytes: Int, limit: Int) -> Self {
    Self(code: .tooLarge(input: input, bytes: bytes, limit: limit))
  }
  /// The bytes cannot be decoded as text in any charset tried.
  public static func undecodable(input: String, reason: String) -> Self {
    Self(code: .undecodable(input: input, reason: reason))
  }
  /// Nothing in the input looks like the body of an article.
  public static func noArticleText(input: String) -> Self {
    Self(code: .noArticleText(input: input))
  }
  /// The article's language is not English, French or Japanese, or cannot be told.
  public static func undetectableLanguage(input: String) -> Self {
    Self(code: .undetectableLanguage(input: input))
  }
  /// A JSON or JSON Lines input cannot be read as articles; `line` is 1-based for JSON Lines.
  public static func malformedJSON(input: String, line: Int? = nil, reason: String) -> Self {
    Self(code: .malformedJSON(input: input, line: line, reason: reason))
  }
  /// libxml2 could not start parsing an HTML input.
  public static func htmlParser(input: String) -> Self { Self(code: .htmlParser(input: input)) }
  /// The bundled article cues (`dictionaries/<lang>/article-cues.tsv`) cannot be read.
  public static func dictionaries(reason: String) -> Self {
    Self(code: .dictionaries(reason: reason))
  }

  /// A one-line, lower-case message suitable for the command line, naming the input.
  public var description: String {
    guard let input else { return problem }
    return "\(input): \(problem)"
  }

  /// The input the error is about (a file name, `stdin`, or `file:line` for JSON Lines).
  public var input: String? {
    switch code {
    case .empty(let input), .binary(let input, _), .tooLarge(let input, _, _),
      .undecodable(let input, _),
      .noArticleText(let input), .undetectableLanguage(let input), .htmlParser(let input):
      input
    case .malformedJSON(let input, let line, _): line.map { "\(input):\($0)" } ?? input
    case .dictionaries: nil
    }
  }

  /// The message without the input's name.
  public var problem: String {
    switch code {
    case .empty: "input is empty"
    case .binary(_, let kind):
      if let kind {
        "input is a \(kind) file, not text or HTML"
      } else {
        "input looks like binary data, not text"
      }
    case .tooLarge(_, let bytes, let limit):
      "input is \(bytes >> 20) MiB, larger than the \(limit >> 20) MiB limit for an article"
    case .undecodable(_, let reason): reason
    case .noArticleText: "no article text found"
    case .undetectableLanguage:
      "cannot tell the language of the article: it does not look like English, French or Japanese (use --lang)"
    case .malformedJSON(_, _, let reason): reason
    case .htmlParser: "the HTML parser could not read the input"
    case .dictionaries(let reason): "cannot read the article cues: \(reason)"
    }
  }
}
