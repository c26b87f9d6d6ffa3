import TextCore

/// What a reader found in one input before the options and language detection are applied.
struct ExtractedArticle: Sendable {
  var title: String?
  var byline: String?
  var dateline: String?
  var outlet: String?
  var published: PublicationDate?
  var url: String?
  /// A language the input declares (`<html lang>`, a JSON field), trusted less than detection.
  var declaredLanguage: Language?
  var paragraphs: [Paragraph] = []
}
