import TextCore

/// One outlet's article as read from a file: its metadata and the paragraphs of its body.
///
/// Only the story's own text is in `paragraphs`: navigation, captions, bylines, comment
/// widgets and the like are dropped or, for the byline and dateline, kept as metadata.
public struct Article: Sendable, Hashable, Codable {
  /// What an article's `utf8Range`s index into.
  public enum RangeBasis: String, Sendable, Hashable, Codable {
    /// The input's bytes exactly as read (UTF-8 input, with or without a byte-order mark).
    case originalBytes
    /// The UTF-8 form of an input in another charset (Shift_JIS, EUC-JP, Windows-1252, ...):
    /// decode the file with `charset` and take the UTF-8 bytes of the result.
    case utf8Transcoding
    /// The UTF-8 bytes of the `text` or `html` string of a JSON or JSON Lines record.
    case embeddedText
  }

  /// The article's identifier: by default the file name without its extension.
  public var id: String
  /// The headline, when one was found or given.
  public var title: String?
  /// Who wrote the article (`John Irish`), without a leading `By`.
  public var byline: String?
  /// The place the article was filed from (`PARIS`), as written.
  public var dateline: String?
  /// The publication (`Reuters`, `Wikinews`), when known.
  public var outlet: String?
  /// The article's language.
  public var language: Language
  /// The publication date, when found or given.
  public var published: PublicationDate?
  /// The canonical address of the article, when the page gives one.
  public var url: String?
  /// The paragraphs of the body, in order.
  public var paragraphs: [Paragraph]
  /// The charset the input was read as (`UTF-8`, `Shift_JIS`, ...).
  public var charset: String
  /// What the paragraphs' `utf8Range`s index into.
  public var rangeBasis: RangeBasis

  /// Creates an article from its parts.
  public init(
    id: String,
    title: String? = nil,
    byline: String? = nil,
    dateline: String? = nil,
    outlet: String? = nil,
    language: Language,
    published: PublicationDate? = nil,
    url: String? = nil,
    paragraphs: [Paragraph],
    charset: String = "UTF-8",
    rangeBasis: RangeBasis = .originalBytes
  ) {
    self.id = id
    self.title = title
    self.byline = byline
    self.dateline = dateline
    self.outlet = outlet
    self.language = language
    self.published = published
    self.url = url
    self.paragraphs = paragraphs
    self.charset = charset
    self.rangeBasis = rangeBasis
  }

  /// The body: the paragraphs' text joined by blank lines.
  public var text: String { paragraphs.map(\.text).joined(separator: "\n\n") }
}

/// One paragraph of an article's body, with where it stands in the input.
public struct Paragraph: Sendable, Hashable, Codable {
  /// The role a paragraph plays in the body.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// Running prose.
    case paragraph
    /// A subheading inside the body.
    case heading
    /// One item of a list.
    case listItem
    /// A block quotation.
    case quote
  }

  /// The text, with runs of white space collapsed to single spaces.
  public var text: String
  /// The role of the paragraph.
  public var kind: Kind
  /// The UTF-8 byte range the paragraph spans in the input (see `Article.rangeBasis`).
  ///
  /// For plain text the range holds exactly the paragraph (lines of a wrapped paragraph are
  /// joined with spaces in `text`). For HTML it runs from the first to the last character of
  /// the paragraph's text in the markup, so tags and entities inside it are included.
  public var utf8Range: Range<Int>

  /// Creates a paragraph.
  public init(text: String, kind: Kind = .paragraph, utf8Range: Range<Int>) {
    self.text = text
    self.kind = kind
    self.utf8Range = utf8Range
  }
}
