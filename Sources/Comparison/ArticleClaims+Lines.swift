import Articles
import TextCore

extension ArticleClaims {
  /// An article made of pre-segmented lines, one sentence each, for research corpora and
  /// `storydiff compare --sentence-per-line`.
  ///
  /// Blank lines are skipped. Each line becomes a paragraph, so `article.text` is the lines
  /// joined by blank lines, and each sentence's `utf8Range` indexes into that text, the same
  /// text the claim extractor's ranges index into. Pass the article to the extractor and its
  /// claims with `sentences` to `init(id:language:title:outlet:published:sentences:claims:)`:
  /// claims the extractor split inside one line are merged back into one.
  ///
  /// - Parameters:
  ///   - id: the article's id.
  ///   - language: the language of the lines.
  ///   - lines: the sentences, one per element.
  ///   - title: the headline, if any.
  ///   - outlet: the outlet, if any.
  ///   - published: the publication date, if any.
  /// - Returns: the article and its sentences.
  public static func sentencePerLine(
    id: String,
    language: Language,
    lines: [String],
    title: String? = nil,
    outlet: String? = nil,
    published: PublicationDate? = nil
  ) -> (article: Article, sentences: [Sentence]) {
    var paragraphs = [Paragraph]()
    var sentences = [Sentence]()
    var offset = 0
    for line in lines {
      let text = line.trimmingWhiteSpace()
      guard !text.isEmpty else { continue }
      let range = offset..<(offset + text.utf8.count)
      paragraphs.append(Paragraph(text: text, utf8Range: range))
      sentences.append(Sentence(index: sentences.count, text: text, utf8Range: range))
      offset = range.upperBound + 2  // the blank line `Article.text` puts between paragraphs
    }
    let article = Article(
      id: id,
      title: title,
      outlet: outlet,
      language: language,
      published: published,
      paragraphs: paragraphs,
      rangeBasis: .embeddedText
    )
    return (article, sentences)
  }
}

extension String {
  /// The string without leading and trailing white space (Unicode `White_Space`).
  fileprivate func trimmingWhiteSpace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
