/// An error raised when a set of articles cannot be compared.
///
/// Absence is not an error: articles with nothing in common give a report with no facts.
public struct ComparisonError: Error, Hashable, CustomStringConvertible {
  private enum Code: Hashable {
    case tooFewArticles(count: Int)
    case duplicateArticle(id: String)
    case foreignClaim(article: String, claimArticle: String, sentence: Int)
    case textProcessing(article: String, reason: String)
    case dictionary(file: String, reason: String)
  }

  private let code: Code

  /// Fewer than two articles were given: a comparison needs at least two.
  public static func tooFewArticles(count: Int) -> Self {
    Self(code: .tooFewArticles(count: count))
  }

  /// Two articles share the same id, so findings could not say which one they come from.
  public static func duplicateArticle(id: String) -> Self { Self(code: .duplicateArticle(id: id)) }

  /// A claim in an article's list names another article.
  public static func foreignClaim(article: String, claimArticle: String, sentence: Int) -> Self {
    Self(code: .foreignClaim(article: article, claimArticle: claimArticle, sentence: sentence))
  }

  /// The text layer failed while deriving comparison keys for an article.
  public static func textProcessing(article: String, reason: String) -> Self {
    Self(code: .textProcessing(article: article, reason: reason))
  }

  /// A bundled dictionary the comparison reads is missing or malformed.
  public static func dictionary(file: String, reason: String) -> Self {
    Self(code: .dictionary(file: file, reason: reason))
  }

  /// A one-line, lower-case message suitable for the command line.
  public var description: String {
    switch code {
    case .tooFewArticles(let count):
      "a comparison needs at least two articles, got \(count)"
    case .duplicateArticle(let id):
      "article id '\(id)' appears more than once"
    case .foreignClaim(let article, let claimArticle, let sentence):
      "article '\(article)' lists a claim of article '\(claimArticle)' (sentence \(sentence))"
    case .textProcessing(let article, let reason):
      "article '\(article)': \(reason)"
    case .dictionary(let file, let reason):
      "cannot read \(file): \(reason)"
    }
  }
}
